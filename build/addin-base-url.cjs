// The URL the add-in is served from. The manifest is written for the dev server, https://localhost:3000/; a
// production build takes ADDIN_BASE_URL (an https folder on the organisation's own server) and the copy of the
// manifest in dist/ points every URL of the add-in there (docs/deployment.md).
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL from ADDIN_BASE_URL's value, as a folder ending in "/"; the dev server's when unset. */
function addinBaseUrl(value) {
  if (value === undefined || value.trim() === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL "${value}" is not a URL (example: https://plan.example.org/addin/)`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL "${value}" must use https: Office loads add-ins over https only`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL "${value}" must be a plain folder URL, without query, fragment or user name`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every dev-server URL moved under `base`. */
function rebaseManifest(xml, base) {
  return xml.replaceAll(DEV_BASE_URL, base);
}

module.exports = { DEV_BASE_URL, addinBaseUrl, rebaseManifest };
