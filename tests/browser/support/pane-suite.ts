// One describe block's chromium and served dist/: started once for the block; the pane each test opens is
// checked (nothing left localhost, no CSP violation, no page error) and closed after the test.
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { DIST, ensureDist } from "./ensure-dist";
import { type Pane, type PaneOptions, checkAndClose, launchChromium, openPane } from "./pane-browser";
import { type StaticServer, serveDirectory } from "./static-server";

export interface PaneSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Opens the pane for the current test. */
  open(options?: PaneOptions): Promise<Pane>;
}

export function paneSuite(): PaneSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let pane: Pane | null = null;
  beforeAll(async () => {
    ensureDist();
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterEach(async () => {
    if (!pane) return;
    const open = pane;
    pane = null;
    await checkAndClose(open);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get server(): StaticServer {
      return server!;
    },
    async open(options?: PaneOptions): Promise<Pane> {
      pane = await openPane(browser!, server!.origin, options);
      return pane;
    },
  };
}
