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
const doc = (globalThis as unknown as { document: ViewerDocument }).document;
const list = doc.getElementById("entity-suggestions");

for (const box of doc.querySelectorAll("input[data-suggest]")) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = "";
  const suggest = async (): Promise<void> => {
    const prefix = box.value.trim();
    if (!list || prefix.length < 2 || prefix === asked) return;
    asked = prefix;
    const response = await fetch(`/entities?prefix=${encodeURIComponent(prefix)}`, { headers: { accept: "application/json" } });
    // The user may have typed on while we waited: only the latest answer counts.
    if (!response.ok || box.value.trim() !== prefix) return;
    const { items } = (await response.json()) as { items: { name: string; type: string }[] };
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
