// Offline support: the page's own static files, fetched from the network when it answers
// (so an update shows at once) and from the cache when it does not. Nothing else is touched.
const CACHE = "kaalrekha-v4";
// The language packs (pkg/*.pack) are in it, so that every language works offline.
const SHELL = [
  "./", "index.html", "style.css", "view.css", "app.js", "render.js", "article-view.js", "stream.js", "timeline.js", "exports.js", "samples.js",
  "worker.js", "kaalrekha.js", "kaalrekha-view.js", "kaalrekha-view.styles.js", "kaalrekha-view.css", "embed.html", "embed.css", "icon.svg", "manifest.webmanifest", "pkg/kaalrekha_core.js", "pkg/kaalrekha_core_bg.wasm",
  "pkg/hi.pack", "pkg/en.pack", "pkg/ur.pack",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok && res.type === "basic") {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
