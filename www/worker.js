// The page's analysis worker: the wasm core runs here so the page never freezes.
// in:  { id, text, options }       out: { id, analysis, ms } | { id, error }
//      { ready: true, version } once the core is loaded, or { fatal } if it cannot load.
import { ready, analyse } from "./kaalrekha.js";

ready().then(
  ({ version }) => self.postMessage({ ready: true, version }),
  (e) => self.postMessage({ fatal: String(e && e.message ? e.message : e) }),
);

self.addEventListener("message", async ({ data }) => {
  const t0 = performance.now();
  try {
    const analysis = await analyse(data.text, data.options);
    self.postMessage({ id: data.id, analysis, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e && e.message ? e.message : e) });
  }
});
