// A status message that remembers its key and values, so it is re-translated when the pane language changes.
import type { Language } from "../src/core/model";
import { type StringKey, translate } from "./i18n";

type Tone = "info" | "success" | "error";
type Part = { key: StringKey; params: Record<string, string | number> };

export class StatusLine {
  private parts: Part[] = [];
  private tone: Tone = "info";

  constructor(
    private readonly node: HTMLElement,
    private readonly lang: () => Language,
  ) {}

  show(key: StringKey, params: Record<string, string | number> = {}, tone: Tone = "info"): void {
    this.parts = [{ key, params }];
    this.tone = tone;
    this.refresh();
  }

  append(key: StringKey, params: Record<string, string | number> = {}): void {
    this.parts.push({ key, params });
    this.refresh();
  }

  clear(): void {
    this.parts = [];
    this.refresh();
  }

  refresh(): void {
    const l = this.lang();
    this.node.textContent = this.parts.map((p) => translate(l, p.key, p.params)).join(" ");
    this.node.classList.toggle("error", this.tone === "error" && this.parts.length > 0);
    this.node.classList.toggle("success", this.tone === "success" && this.parts.length > 0);
  }
}
