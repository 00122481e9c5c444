// dossier: records Content-Security-Policy violations on the page, so
// the browser tests can check that the policy holds (and nothing broke it).
"use strict";
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
});
