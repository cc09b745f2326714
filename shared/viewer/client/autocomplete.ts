/**
 * Browser code of the viewer (bundled by scripts/build-viewer-client.ts into
 * client-bundle.ts): fills the name boxes' shared <datalist> from
 * GET /entities?prefix= as the user types. The pages work without it.
 *
 * The project's type check has no DOM library (adding it would retype the
 * server code), so the few DOM parts used here are described below.
 */
interface NameBox {
  value: string;
  addEventListener(type: "input", listener: () => void): void;
}
interface Option {
  value: string;
  label: string;
}
interface ViewerDocument {
  getElementById(id: string): { replaceChildren(...nodes: Option[]): void } | null;
  querySelectorAll(selector: string): Iterable<NameBox>;
  createElement(tag: "option"): Option;
}

const DELAY_MS = 150;
/** A failed request (a cold or busy backend) is tried again, a little later each time. */
const RETRIES = 3;
const RETRY_MS = 400;
/** A request that has not answered by then is given up and tried again, like a failed one: a hung one would block suggestions for good. */
const TIMEOUT_MS = 5000;
const doc = (globalThis as unknown as { document: ViewerDocument }).document;
const list = doc.getElementById("entity-suggestions");

for (const box of doc.querySelectorAll("input[data-suggest]")) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The prefix whose suggestions are shown (or being fetched). It is cleared when a
  // request fails, so a lost request is retried rather than remembered as done.
  let asked = "";
  const suggest = async (attempt = 0): Promise<void> => {
    const prefix = box.value.trim();
    if (!list || prefix.length < 2 || prefix === asked) return;
    asked = prefix;
    let items: { name: string; type: string }[];
    try {
      const response = await fetch(`/entities?prefix=${encodeURIComponent(prefix)}`, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      ({ items } = (await response.json()) as { items: { name: string; type: string }[] });
    } catch {
      if (asked === prefix) asked = "";
      if (attempt < RETRIES && box.value.trim() === prefix) timer = setTimeout(() => void suggest(attempt + 1), RETRY_MS * (attempt + 1));
      return;
    }
    // The user may have typed on while we waited: only the latest answer counts.
    if (box.value.trim() !== prefix) return;
    list.replaceChildren(
      ...items.map((item) => {
        const option = doc.createElement("option");
        option.value = item.name;
        option.label = `${item.name} (${item.type.toLowerCase()})`;
        return option;
      }),
    );
  };
  box.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), DELAY_MS);
  });
}
