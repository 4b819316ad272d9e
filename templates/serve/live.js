// Injected by `publish serve` only: reload this page when the server has a newer build.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script.dataset.version;
  var key = "publish-serve-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }
  var events = new EventSource(script.dataset.events);
  events.addEventListener("build", function (event) {
    var build = JSON.parse(event.data);
    if (build.version !== version) {
      events.close();
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    }
  });
})();
