// The report worth handing in, read by readers nobody here wrote: a workshop
// with a persona test, a café and a placemat. The printable report printed to
// PDF has the title and a page number on every page (pdftotext) and no empty
// heading; the Word file opens in LibreOffice headless (its text holds the
// headings and the actions table) and python-docx finds Word's heading styles
// and the table; pandoc reads the Markdown's actions as a table.
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { test, expect } from "./fixtures.mjs";
import { openHome, typeField } from "./helpers.mjs";
import { addCafe, addCafeNote, addMatNote, addMunicipality, addPersonaTest, addPlacemat, openGroup, openPart, openTable } from "./work-forms.mjs";

const ACTION = "Buurtbus & <chauffeurs> regelen";

/** A workshop "Regio-avond" with a persona test, a café and a placemat, all with results. */
async function workshopWithThreeForms(page) {
  await openHome(page);
  await addPersonaTest(page, "Regio-avond", ["Ryan"]);
  await page.getByRole("checkbox", { name: "Ryan" }).check();
  await addMunicipality(page, "Zeist");
  await page.getByRole("button", { name: "2. Invullen" }).click();
  await page.getByLabel("Score voor Ryan in Zeist").selectOption("4");
  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();

  await addCafe(page);
  await openPart(page, "2. Rondes");
  await page.getByRole("button", { name: "Start ronde 1", exact: true }).click();
  const cloth = await openTable(page, "Tafel 1", 1);
  await addCafeNote(cloth, "Idee", "Een buurtbus");
  await addCafeNote(cloth, "Vraag", "Wie rijdt er?");
  await openPart(page, "3. Oogst");
  await page.getByLabel("Naam van het thema").fill("Vervoer");
  await page.getByRole("button", { name: "Thema toevoegen" }).click();
  const note = page.locator(".harvest-notes > li").filter({ hasText: "Een buurtbus" });
  await note.getByRole("combobox", { name: "Thema" }).selectOption({ label: "Vervoer" });
  await page.locator(".harvest-notes > li").filter({ hasText: "Een buurtbus" }).getByRole("button", { name: "Kerninzicht: Een buurtbus" }).click();
  const source = page.locator(".harvest-notes > li").filter({ hasText: "Wie rijdt er?" });
  await source.getByRole("button", { name: /^Maak er een actie van/ }).click();
  await source.getByLabel("Actie", { exact: true }).fill(ACTION);
  await source.getByLabel("Wie pakt dit op?").fill("Marieke");
  await source.getByLabel("Wanneer klaar? (datum, mag leeg blijven)").fill("2027-01-15");
  await source.getByRole("button", { name: "Actie toevoegen" }).click();
  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();

  await addPlacemat(page);
  await typeField(page, "Vraag voor alle groepen", "Wat maakt de wijk fijn?");
  await page.getByRole("button", { name: "Start fase 1: zelf schrijven" }).click();
  const mat = await openGroup(page, "Groep 1");
  await addMatNote(mat, "Persoon 1", "Licht op straat");
  await page.getByRole("link", { name: "← Terug naar de bijeenkomst" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Resultaten meenemen" })).toBeVisible();
}

/** Runs a Debian tool and returns what it printed. */
function run(command, args) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

test("the printed report has its title and a page number on every page and no empty heading", async ({ page }, testInfo) => {
  await workshopWithThreeForms(page);
  await page.getByRole("link", { name: "Verslag afdrukken of als PDF" }).click();
  const report = page.locator("article.report");
  await expect(report.getByRole("heading", { level: 2 })).toHaveText(["In het kort", "Persona-toets", "Wereldcafé", "Placemat"]);
  await expect(report.getByRole("table")).toHaveCount(1);
  await expect(report.getByRole("table").getByRole("row").nth(1).getByRole("cell")).toHaveText([ACTION, "Marieke", "2027-01-15"]);
  // Every heading has something under it: never a heading followed by one of its level or higher.
  const empty = await report.evaluate((article) => {
    const level = (el) => (/^H(\d)$/.exec(el?.tagName ?? "") ?? [])[1];
    return [...article.querySelectorAll("h1, h2, h3, h4")]
      .filter((h) => {
        const next = h.nextElementSibling;
        return !next || (level(next) && Number(level(next)) <= Number(level(h)));
      })
      .map((h) => h.textContent);
  });
  expect(empty).toEqual([]);
  expect(await report.textContent()).not.toContain("Ronde 2");

  // Long enough for several pages, so each page's margins are checked.
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => {
    const filler = document.createElement("p");
    filler.textContent = "Extra regel om de pagina te vullen. ".repeat(400);
    document.querySelector("article.report").append(filler);
  });
  const pdfPath = testInfo.outputPath("verslag.pdf");
  await writeFile(pdfPath, await page.pdf({ format: "A4" }));
  const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdfPath]))[1]);
  expect(pages).toBeGreaterThan(1);
  for (let n = 1; n <= pages; n++) {
    const text = run("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdfPath, "-"]);
    expect(text, `page ${n}`).toContain("Regio-avond");
    expect(text, `page ${n}`).toContain(`Pagina ${n} van ${pages}`);
  }
  run("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", pdfPath, testInfo.outputPath("verslag-pagina")]);
});

test("the Word report opens in LibreOffice and python-docx, the Markdown in pandoc, each with its headings and actions table", async ({ page }, testInfo) => {
  await workshopWithThreeForms(page);

  // pandoc reads the Markdown's actions as a table (escaped text stays text).
  const markdownDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Verslag (Markdown)" }).click();
  const markdownPath = testInfo.outputPath("verslag.md");
  await (await markdownDownload).saveAs(markdownPath);
  const html = run("pandoc", ["-f", "markdown", "-t", "html", markdownPath]);
  expect(html).toContain("<h2 id=\"in-het-kort\">In het kort</h2>");
  expect(html).toMatch(/<table>[\s\S]*<th[^>]*>Wat<\/th>[\s\S]*<td[^>]*>Buurtbus &amp; &lt;chauffeurs&gt; regelen<\/td>[\s\S]*<td[^>]*>Marieke<\/td>/);
  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "Verslag als Word-bestand (.docx)" }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-regio-avond\.docx$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);

  // LibreOffice, headless, turns it into text: every heading and the action are there.
  const out = testInfo.outputPath("lo");
  const converted = run("soffice", [`-env:UserInstallation=file://${testInfo.outputPath("lo-profile")}`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, path]);
  expect(converted).toContain("convert");
  const text = run("cat", [`${out}/${file.suggestedFilename().replace(/\.docx$/, ".txt")}`]);
  for (const line of ["Regio-avond", "In het kort", "Belangrijkste inzichten", "Thema's", "Vervoer", "Acties", "Persona-toets", "Wereldcafé", "Placemat", ACTION, "Marieke"]) {
    expect(text).toContain(line);
  }

  // python-docx (Debian's python3-docx) reads Word's own styles and the table.
  const read = JSON.parse(
    run("/usr/bin/python3", [
      "-c",
      `import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith(("Heading", "Title"))],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
}))`,
      path,
    ]),
  );
  expect(read.headings.slice(0, 4)).toEqual([
    ["Title", "Regio-avond"],
    ["Heading 1", "In het kort"],
    ["Heading 2", "Belangrijkste inzichten"],
    ["Heading 2", "Thema's"],
  ]);
  expect(read.headings).toContainEqual(["Heading 1", "Wereldcafé"]);
  expect(read.tables).toContainEqual([
    ["Wat", "Wie", "Wanneer"],
    [ACTION, "Marieke", "2027-01-15"],
  ]);

  // With names replaced, the Word file holds a numbered participant instead.
  await page.getByLabel(/^Namen vervangen door Deelnemer 1/).check();
  const anonymousDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Verslag als Word-bestand (.docx)" }).click();
  const anonymousPath = testInfo.outputPath("anoniem.docx");
  await (await anonymousDownload).saveAs(anonymousPath);
  const anonymousText = run("/usr/bin/python3", [
    "-c",
    `import docx, sys
d = docx.Document(sys.argv[1])
print("\\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]))`,
    anonymousPath,
  ]);
  expect(anonymousText).toContain(ACTION);
  expect(anonymousText).toContain("Deelnemer 1");
  expect(anonymousText).not.toContain("Marieke");
});

test("the residents' version fits one A4 page, names no one unless asked, and shows on the projector", async ({ page }, testInfo) => {
  await workshopWithThreeForms(page);
  await page.getByRole("link", { name: "Terugkoppeling voor deelnemers" }).click();
  const report = page.locator("article.report");
  await expect(report.getByRole("heading", { level: 1 })).toHaveText("Terugkoppeling: Regio-avond");
  await expect(report.getByRole("heading", { level: 2 })).toHaveText(["Wat we u vroegen", "Wat u zei", "Wat er nu gebeurt"]);
  await expect(report.getByRole("listitem").first()).toHaveText("Wat maakt de wijk fijn?");
  await expect(report.getByRole("heading", { level: 3 })).toHaveText(["Vervoer"]);
  await expect(report.getByRole("listitem")).toContainText([`${ACTION} (klaar op 15-01-2027)`]);
  await expect(report).not.toContainText("Marieke");
  await page.getByLabel("Noem wie een actie oppakt").check();
  await expect(report.getByRole("listitem")).toContainText([`${ACTION} — Marieke (klaar op 15-01-2027)`]);
  await page.getByLabel("Noem wie een actie oppakt").uncheck();

  await page.emulateMedia({ media: "print" });
  const pdfPath = testInfo.outputPath("terugkoppeling.pdf");
  await writeFile(pdfPath, await page.pdf({ format: "A4" }));
  expect(run("pdfinfo", [pdfPath])).toMatch(/Pages:\s+1\n/);
  const text = run("pdftotext", ["-layout", pdfPath, "-"]);
  expect(text).toContain("Wat er nu gebeurt");
  expect(text).not.toContain("Marieke");
  expect(text).not.toContain("Afdrukken");
  await page.emulateMedia({ media: "screen" });

  // On the projector: large type over the whole screen; Escape goes back.
  await page.getByRole("button", { name: "Op het scherm tonen" }).click();
  const size = await report.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  // The app's header is covered: what shows at its place is the residents' version.
  const onTop = await page.evaluate(() => document.elementFromPoint(20, 20)?.closest(".resident-report") !== null);
  expect(onTop).toBe(true);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Op het scherm tonen" })).toBeVisible();
});
