// The pane's pictures in docs/images are redrawn only when asked (UPDATE_SCREENSHOTS=1 npm test), so that a test
// run leaves the repository as it found it. The picture is taken either way: drawing the pane is part of the test.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./ensure-dist";

export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1";

/** A whole page (all of its height) or one element of it, saved as docs/images/`name` when asked. */
export async function screenshot(of: Page | Locator, name: string): Promise<void> {
  const image = "goto" in of ? await of.screenshot({ fullPage: true }) : await of.screenshot();
  if (UPDATE_SCREENSHOTS) writeFileSync(path.join(ROOT, "docs/images", name), image);
}
