// Werktafel's service worker: keeps every file of this build on the device, so the
// app starts and works with no network. The line below is filled in at build time
// (src/bin/prepare_dist/main.rs) with this build's files and a version made from their
// content hashes; every new build is a new version with a cache of its own.
const BUILD = { version: "unbuilt", files: [] };

const CACHE = `werktafel-${BUILD.version}`;
const INDEX = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  // Wait (no skipWaiting): a new version takes over only when the user says so.
  // Each file is asked of the host, not of the browser's HTTP cache ("no-cache"
  // revalidates): files without a hash in their name (index.html, the split
  // wasm's chunks) must come from this build, not from an older one.
  const requests = BUILD.files.map(
    (file) => new Request(new URL(file, self.registration.scope).href, { cache: "no-cache" }),
  );
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("werktafel-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "werktafel-activate-update") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // A folder with a page of its own (the phone's, meedoen/) gets that page; any
    // other address inside the app (a deep link too) is the app's index.html.
    const own = new URL("index.html", request.url).href;
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache
          .match(own)
          .then((page) => page || cache.match(INDEX))
          .then((cached) => cached || fetch(request)),
      ),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
