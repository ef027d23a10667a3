/**
 * The paths of a tested response a mapping can save: `statusCode`, `data`, `data.items[0].name`…
 * (the response mapping's `bodyPath` is read from `{ statusCode, data }`).
 */
const MAX_PATHS = 200;

export function bodyPaths(value: unknown, prefix = ""): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (paths.length >= MAX_PATHS) return;
    if (path) paths.push(path);
    if (Array.isArray(node)) {
      // The first item stands for all: lists of records share their keys.
      if (node.length > 0) walk(node[0], `${path}[0]`);
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : null;
        walk(child, safe ? (path ? `${path}.${safe}` : safe) : `${path}[${JSON.stringify(key)}]`);
      }
    }
  };
  walk(value, prefix);
  return paths;
}
