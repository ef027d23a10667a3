"""Shared test helper: run a ``codeToExecute`` action in a pretend page, in the V8 sandbox."""

from typing import Any

from botloom.engine.js import JsSandbox

# A page with no DOM: ``document`` records the scripts added to it; the SDK stub (on
# ``window[sdkName]``) records the calls made to it. With ``sdkOnLoad`` the stub appears only
# when a script loads, as a real SDK would.
_PAGE = """
const calls = [];
const scripts = [];
const document = {
  createElement: () => ({}),
  head: { appendChild: (script) => scripts.push(script) },
};
const window = {};
const stub = () => {
  const sdk = { initialize: true, __loaded: true };
  for (const method of methods) sdk[method] = (...rest) => { calls.push([method, ...rest]); };
  return sdk;
};
if (sdkName && !sdkOnLoad) window[sdkName] = stub();
const names = Object.keys(action.args);
const run = new Function("window", "document", ...names, action.content);
run(window, document, ...names.map((name) => action.args[name]));
for (const script of scripts) {
  if (sdkName && sdkOnLoad) window[sdkName] = stub();
  if (script.onload) script.onload();
}
const queued = Array.isArray(window.analytics) ? window.analytics.map((call) => [...call]) : [];
return { calls, scripts: scripts.map((script) => script.src), queued };
"""


async def run_in_page(
    action: dict[str, Any], sdk_name: str | None, methods: list[str], *, sdk_on_load: bool = False
) -> dict[str, Any]:
    """``{"calls", "scripts", "queued"}``: SDK calls, scripts added, calls left queued."""
    async with JsSandbox() as sandbox:
        result = await sandbox.run_function_body(
            _PAGE,
            {
                "action": action["codeToExecute"],
                "sdkName": sdk_name,
                "methods": methods,
                "sdkOnLoad": sdk_on_load,
            },
        )
    assert isinstance(result, dict)
    return result
