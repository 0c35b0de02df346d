// Tiny DOM helpers. Document content only ever goes through textContent (never innerHTML).

type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === "className") node.className = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the pane's page lacks #${id}`);
  return node as T;
}

export function setText(node: HTMLElement, text: string): void {
  node.textContent = text;
}

/** Replaces an element's options, keeping the chosen value when it still exists. */
export function fillSelect(select: HTMLSelectElement, options: { value: string; label: string }[]): void {
  const keep = select.value;
  select.replaceChildren(...options.map((o) => el("option", { value: o.value }, o.label)));
  select.value = options.some((o) => o.value === keep) ? keep : (options[0]?.value ?? "");
}
