// The page's analysis worker: the wasm core runs here so the page never freezes.
// in:  { id, text, options }       out: { id, analysis, ms } | { id, error }
//      { read, bytes }             out: { read, file: { text, encoding, replaced } } | { read, refused }
//      { ready: true, version, module } once the core is loaded (module: the compiled core, for
//      the next worker), or { fatal } if it cannot load.
//      { module } first, to a worker named "…+module": the compiled core to use.
// `read` turns a file's bytes into text, or refuses them ("not a text file: …"): the core
// decides (src/text/sniff.rs), the same way as the command line.
// The language packs load when a text of their language first comes (kaalrekha.js); the
// Hindi one, the page's first sample's, is fetched alongside the core.
import { ready, analyse, readText, __compiledCore, __useCompiledCore } from "./kaalrekha.js";

// A worker that replaces another is first sent the core its predecessor compiled
// ({ module }, see app.js): it shares that code, optimised code included, rather than
// compiling it again (a first long analysis in a fresh worker otherwise tiers the code up
// anew: some 60 MB of compiler memory for a moment, and slower).
const start = self.name.endsWith("+module")
  ? new Promise((resolve) => {
    self.addEventListener("message", function first({ data }) {
      if (data?.module === undefined) return;
      self.removeEventListener("message", first);
      if (data.module) __useCompiledCore(data.module);
      resolve();
    });
  })
  : Promise.resolve();

start.then(() => ready({ langs: [] })).then(
  async ({ version }) => {
    const module = await __compiledCore();
    try {
      self.postMessage({ ready: true, version, module });
    } catch {
      self.postMessage({ ready: true, version }); // a browser that cannot post a module
    }
    // Warm up: the first call builds the lexicons of a language.
    try {
      await analyse("नई दिल्ली में 18 नवंबर 2025 को बैठक हुई।", { lang: "hi" });
    } catch {
      // a failed warm-up only costs speed
    }
  },
  (e) => self.postMessage({ fatal: String(e && e.message ? e.message : e) }),
);

const message = (e) => String(e && e.message ? e.message : e);

import { analyseAndPost } from "./stream.js";

self.addEventListener("message", async ({ data }) => {
  if (data.module !== undefined) return; // taken above
  if (data.read != null) {
    try {
      self.postMessage({ read: data.read, file: await readText(data.bytes) });
    } catch (e) {
      self.postMessage({ read: data.read, refused: message(e) });
    }
    return;
  }
  try {
    // A long article: its first part first, and the whole in parts (stream.js).
    await analyseAndPost(analyse, data, (m, transfer) => self.postMessage(m, transfer ?? []));
  } catch (e) {
    self.postMessage({ id: data.id, error: message(e) });
  }
});
