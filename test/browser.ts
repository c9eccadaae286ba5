// Headless Chromium driven over the Chrome DevTools Protocol (the `ws` package, no browser download): for the report's browser tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";

/** The Chromium or Chrome binary: CHROME_PATH, else the first of the usual names on PATH; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].filter((c): c is string => Boolean(c));
  for (const c of candidates) {
    const found = spawnSync(c, ["--version"], { encoding: "utf8", timeout: 20_000 });
    if (found.status === 0) return c;
  }
  return null;
}

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/** One page of a headless browser. */
export class BrowserPage {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on("message", (raw: Buffer) => {
      const message = JSON.parse(raw.toString("utf8")) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; params?: Record<string, unknown> };
      if (message.id !== undefined) {
        const p = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) p?.reject(new Error(message.error.message));
        else p?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const l of this.listeners.get(message.method) ?? []) l(message.params ?? {});
      }
    });
  }

  /** Starts the browser with a fresh profile and connects to its first page. */
  static async launch(binary: string): Promise<BrowserPage> {
    const profile = mkdtempSync(path.join(os.tmpdir(), "loclint-chromium-"));
    const child = spawn(binary, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let text = "";
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
      child.stderr!.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on("exit", (code) => reject(new Error(`Chromium exited with ${code}: ${text}`)));
    });
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
    const page = targets.find((t) => t.type === "page");
    if (!page) throw new Error("Chromium has no page");
    const socket = new WebSocket(page.webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    const browser = new BrowserPage(child, socket, profile);
    await browser.send("Page.enable");
    await browser.send("Runtime.enable");
    return browser;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  private once(method: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const list = this.listeners.get(method) ?? [];
      const listener = (params: Record<string, unknown>) => {
        list.splice(list.indexOf(listener), 1);
        resolve(params);
      };
      list.push(listener);
      this.listeners.set(method, list);
    });
  }

  /** Loads a URL and waits for its load event; returns the milliseconds from navigation to the end of the load event, as the page measured them. */
  async load(url: string, { javaScript = true }: { javaScript?: boolean } = {}): Promise<number> {
    await this.send("Emulation.setScriptExecutionDisabled", { value: !javaScript });
    const loaded = this.once("Page.loadEventFired");
    await this.send("Page.navigate", { url });
    await loaded;
    // With scripts off, Runtime.evaluate still runs (it is the debugger's, not the page's).
    return (await this.evaluate<number>(`(() => { const n = performance.getEntriesByType("navigation")[0]; return n.loadEventEnd || performance.now(); })()`)) ?? 0;
  }

  /** The value of an expression evaluated in the page (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const reply = (await this.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (reply.exceptionDetails) throw new Error(`${reply.exceptionDetails.text} ${reply.exceptionDetails.exception?.description ?? ""}`);
    return reply.result.value as T;
  }

  /** A PNG of the page at the given width: the whole page, or its top `maxHeight` pixels. */
  async screenshot(width = 1280, maxHeight = Infinity): Promise<Buffer> {
    await this.send("Emulation.setDeviceMetricsOverride", { width, height: 900, deviceScaleFactor: 1, mobile: false });
    const height = Math.min(maxHeight, await this.evaluate<number>("Math.ceil(document.documentElement.scrollHeight)"));
    const clip = { x: 0, y: 0, width, height, scale: 1 };
    const shot = (await this.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip })) as { data: string };
    await this.send("Emulation.clearDeviceMetricsOverride");
    return Buffer.from(shot.data, "base64");
  }

  async close(): Promise<void> {
    this.socket.close();
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once("exit", () => resolve());
    });
    this.process.kill();
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}
