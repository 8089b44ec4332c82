// Reading what the app stored, shared by the Playwright specs and the WebKit
// tests: the function runs in the page (Playwright's evaluate, WebDriver's
// execute), so it is self-contained.

/**
 * Every stored workshop's data, with its parts (a café table's tablecloths, a
 * placemat group's fields and middle) joined in from the keys the workshop
 * names, as the app reads them.
 */
export function storedWorkshopsInPage() {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith("werktafel:v1:workshop:"))
    .map((k) => {
      const { data, parts = [] } = JSON.parse(localStorage.getItem(k));
      for (const part of parts) {
        const key = `werktafel:v1:part:workshop:${data.id}:${part.activity}:${part.part}:${part.rev}`;
        const content = JSON.parse(localStorage.getItem(key)).data;
        const activity = data.activities.find((a) => a.id === part.activity);
        const table = activity.tables?.find((t) => t.id === part.part);
        if (table) table.cloths = content;
        const group = activity.groups?.find((g) => g.id === part.part);
        if (group) Object.assign(group, content);
      }
      return data;
    });
}
