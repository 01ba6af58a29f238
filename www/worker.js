// The page's analysis worker: the wasm core runs here so the page never freezes.
// in:  { id, text, options }       out: { id, analysis, ms } | { id, error }
//      { read, bytes }             out: { read, file: { text, encoding, replaced } } | { read, refused }
//      { ready: true, version } once the core is loaded, or { fatal } if it cannot load.
// `read` turns a file's bytes into text, or refuses them ("not a text file: …"): the core
// decides (src/text/sniff.rs), the same way as the command line.
// The language packs load when a text of their language first comes (kaalrekha.js); the
// Hindi one, the page's first sample's, is fetched alongside the core.
import { ready, analyse, readText } from "./kaalrekha.js";

ready({ langs: [] }).then(
  async ({ version }) => {
    self.postMessage({ ready: true, version });
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
