// Starts the bot of a public page. Kept out of the HTML so that the page's CSP can forbid inline
// scripts; the page passes its public id in a JSON script element. The widget itself turns the
// page's query parameters into prefilled variables, as Typebot's pages do.
import Botloom from "./web.js";

const config = JSON.parse(document.getElementById("botloom-config").textContent);
Botloom.initStandard({ typebot: config.typebot, apiHost: window.location.origin });
