<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name></name>
    <message>
        <source>Qualification call: {name}</source>
        <translation>Kvalifikační hovor: {name}</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Pokus o hovor</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Přesunout do {stage}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Upravit {name}</translation>
    </message>
    <message>
        <source>Qualification call — {name}</source>
        <extracomment>The call form is as wide for every lead (its labels wrap rather than widen it).</extracomment>
        <translation>Kvalifikační hovor — {name}</translation>
    </message>
    <message>
        <source>This lead is in {stage}. A qualification call decides for leads in SAL; to record this call anyway, confirm an override with a reason.</source>
        <translation>Tento lead je ve fázi {stage}. Kvalifikační hovor rozhoduje o leadech ve fázi SAL; chcete-li hovor přesto zaznamenat, potvrďte výjimku s odůvodněním.</translation>
    </message>
    <message>
        <source>why this lead is qualified outside SAL</source>
        <translation>proč se tento lead kvalifikuje mimo SAL</translation>
    </message>
    <message>
        <source>O&amp;verride reason</source>
        <translation>&amp;Důvod výjimky</translation>
    </message>
    <message>
        <source>&amp;Couldn&apos;t reach them</source>
        <translation>&amp;Nepodařilo se zastihnout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Uložit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Your unsaved answers from the last time were restored.</source>
        <translation>Neuložené odpovědi z minula byly obnoveny.</translation>
    </message>
    <message>
        <source>Call saved: {name} → {stage}</source>
        <translation>Hovor uložen: {name} → {stage}</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Neuložený hovor</translation>
    </message>
    <message>
        <source>The answers of this call are not saved. Keep them as a draft?</source>
        <translation>Odpovědi z tohoto hovoru nejsou uložené. Ponechat je jako koncept?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Ponechat koncept</translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation>&amp;Zahodit odpovědi</translation>
    </message>
    <message>
        <source>&amp;Need identified?</source>
        <extracomment>The label of each question with its mnemonic (Alt+letter) — unique in the form.</extracomment>
        <translation>&amp;Potřeba zjištěna?</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Na&amp;léhavost</translation>
    </message>
    <message>
        <source>&amp;Problem in their words</source>
        <translation>P&amp;roblém jeho slovy</translation>
    </message>
    <message>
        <source>&amp;Interest in our solution</source>
        <translation>&amp;Zájem o naše řešení</translation>
    </message>
    <message>
        <source>&amp;Asked for / downloaded</source>
        <translation>&amp;Požadoval / stáhl</translation>
    </message>
    <message>
        <source>&amp;Budget range</source>
        <translation>&amp;Rozpočtové pásmo</translation>
    </message>
    <message>
        <source>Budget a&amp;mount</source>
        <translation>Vý&amp;še rozpočtu</translation>
    </message>
    <message>
        <source>Mone&amp;y this period?</source>
        <translation>&amp;Peníze v tomto období?</translation>
    </message>
    <message>
        <source>&amp;Decision maker?</source>
        <translation>&amp;Rozhoduje?</translation>
    </message>
    <message>
        <source>&amp;Who else decides?</source>
        <translation>&amp;Kdo další rozhoduje?</translation>
    </message>
    <message>
        <source>&amp;Timing (decide / buy)</source>
        <translation>&amp;Termín (rozhodnutí / nákup)</translation>
    </message>
    <message>
        <source>T&amp;one (cold … warm)</source>
        <translation>&amp;Tón (chladný … vřelý)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Poz&amp;námky</translation>
    </message>
    <message>
        <source>&amp;1 Ready → SQL</source>
        <translation>&amp;1 Připraven → SQL</translation>
    </message>
    <message>
        <source>&amp;2 Needs nurturing → Nurture</source>
        <translation>&amp;2 Potřebuje nurturing → Nurturing</translation>
    </message>
    <message>
        <source>&amp;3 Suspect → Disqualified</source>
        <translation>&amp;3 Podezřelý → Diskvalifikovaný</translation>
    </message>
    <message>
        <source>(no role or company)</source>
        <extracomment>Left and right column of sections, so the whole call fits on one screen.</extracomment>
        <translation>(bez pozice a firmy)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>bez telefonního čísla</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Score {score} · {grade} — stage {stage}</source>
        <translation>Skóre {score} · {grade} — fáze {stage}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Poslední interakce&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Zatím žádné.</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>např. 12 000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Výše rozpočtu</translation>
    </message>
    <message>
        <source>one line: why not the proposed outcome?</source>
        <extracomment>(background, text) of the proposal banner: the outcome can be read at a glance</extracomment>
        <translation>jeden řádek: proč ne navržený výsledek?</translation>
    </message>
    <message>
        <source>Reason for your c&amp;hoice</source>
        <translation>Důvod vaší &amp;volby</translation>
    </message>
    <message>
        <source>Meetin&amp;g (demo / sales call)</source>
        <translation>Sc&amp;húzka (demo / obchodní hovor)</translation>
    </message>
    <message>
        <source>which one, e.g. the pricing webinar in May</source>
        <translation>který, např. květnový webinář o cenách</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Navázat dne</translation>
    </message>
    <message>
        <source>He&amp;lpful content</source>
        <translation>Už&amp;itečný obsah</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Poznámka k obsahu</translation>
    </message>
    <message>
        <source>in a few words (needed for &apos;Other&apos;)</source>
        <translation>několika slovy (nutné pro „Jiný“)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Důvod</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Poznámka k důvodu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposal: {outcome}&lt;/b&gt; — {reason}</source>
        <translation>&lt;b&gt;Návrh: {outcome}&lt;/b&gt; — {reason}</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>Při spuštění</translation>
    </message>
    <message>
        <source>Automatic (after changes)</source>
        <translation>Automatická (po změnách)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Ručně vytvořená</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Před obnovením</translation>
    </message>
    <message>
        <source>Before Check database</source>
        <translation>Před kontrolou databáze</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Před importem</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Před vrácením importu</translation>
    </message>
    <message>
        <source>Before re-scoring</source>
        <translation>Před přepočtem skóre</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Před upgradem databáze</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: its backups are the server&apos;s business (ask whoever runs it). To keep a copy of your leads, export them to Excel.</source>
        <translation>Tato databáze je na serveru PostgreSQL: o její zálohy se stará server (zeptejte se jeho správce). Chcete-li si uchovat kopii svých leadů, exportujte je do Excelu.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Zkontrolovat databázi</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nebyly nalezeny žádné problémy.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Byly nalezeny problémy.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Kontroluji databázi…</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:{port}/{database}:</source>
        <translation>Heslo pro {user} na {host}:{port}/{database}:</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(výchozí uživatel)</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Server toto heslo odmítl.</translation>
    </message>
    <message>
        <source>LeadDesk — database password</source>
        <translation>LeadDesk — heslo k databázi</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Minulé importy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Vrátit import</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>vráceno</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importováno</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nové leady</translation>
    </message>
    <message>
        <source>Updated leads</source>
        <translation>Aktualizované leady</translation>
    </message>
    <message>
        <source>Duplicates of stored leads (left as they are)</source>
        <translation>Duplicity uložených leadů (ponechány beze změny)</translation>
    </message>
    <message>
        <source>Duplicates within the file</source>
        <translation>Duplicity v rámci souboru</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Neplatné řádky</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>upraven</translation>
    </message>
    <message>
        <source>moved to another stage</source>
        <translation>přesunut do jiné fáze</translation>
    </message>
    <message>
        <source>a call was logged</source>
        <translation>byl zaznamenán hovor</translation>
    </message>
    <message>
        <source>a note or other activity was logged</source>
        <translation>byla zaznamenána poznámka nebo jiná aktivita</translation>
    </message>
    <message>
        <source>Import undone: {removed} lead(s) removed, {restored} restored.</source>
        <translation>Import vrácen: odebráno leadů: {removed}, obnoveno: {restored}.</translation>
    </message>
    <message>
        <source>{n} lead(s) changed since the import were kept as they are.</source>
        <translation>Leady změněné od importu, ponechané beze změny: {n}.</translation>
    </message>
    <message>
        <source>Lead {id}</source>
        <translation>Lead {id}</translation>
    </message>
    <message>
        <source>{name} ({why})</source>
        <translation>{name} ({why})</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>a {n} dalších</translation>
    </message>
    <message>
        <source>{n} lead(s) touched since the import were kept as they are: {leads}.</source>
        <translation>Leady se změnou nebo aktivitou od importu, ponechané beze změny ({n}): {leads}.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhled</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kódování:</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Načítám {file}…</translation>
    </message>
    <message>
        <source>about </source>
        <translation>asi </translation>
    </message>
    <message>
        <source>{file}: header on row {row}, {about}{count} data row(s), {cols} column(s).</source>
        <translation>{file}: záhlaví na řádku {row}, datových řádků: {about}{count}, sloupců: {cols}.</translation>
    </message>
    <message>
        <source>{file}: no header row, {about}{count} data row(s) in one column.</source>
        <translation>{file}: bez řádku záhlaví, datových řádků: {about}{count} v jednom sloupci.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns not mapped to a field are kept as custom fields unless you choose Ignore.</source>
        <translation>Zkontrolujte, kam jde každý sloupec. Sloupce bez přiřazeného pole se uloží jako vlastní pole, pokud nezvolíte Ignorovat.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ukázka</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Jde do</translation>
    </message>
    <message>
        <source>Target of column {name}</source>
        <translation>Cíl sloupce {name}</translation>
    </message>
    <message>
        <source>Sensitive data (card numbers, passwords, ID numbers) is not imported: {columns}. Choose a field for a column only if you must keep it.</source>
        <translation>Citlivé údaje (čísla karet, hesla, rodná čísla) se neimportují: {columns}. Pole pro sloupec vyberte, jen pokud jej musíte zachovat.</translation>
    </message>
    <message>
        <source>Two columns go to {field}.</source>
        <translation>Dva sloupce jdou do pole {field}.</translation>
    </message>
    <message>
        <source>Map a column to a name, an email or a company.</source>
        <translation>Přiřaďte sloupec ke jménu, e-mailu nebo firmě.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Skip them (leave stored leads as they are)</source>
        <translation>Přeskočit je (uložené leady ponechat beze změny)</translation>
    </message>
    <message>
        <source>Fill only their empty fields</source>
        <translation>Doplnit jen jejich prázdná pole</translation>
    </message>
    <message>
        <source>Overwrite their fields with the file&apos;s values</source>
        <translation>Přepsat jejich pole hodnotami ze souboru</translation>
    </message>
    <message>
        <source>Rows matching a stored lead (same email, phone, or name and company):</source>
        <translation>Řádky shodné s uloženým leadem (stejný e-mail, telefon, nebo jméno a firma):</translation>
    </message>
    <message>
        <source>Decide from each column&apos;s values</source>
        <translation>Rozhodnout podle hodnot každého sloupce</translation>
    </message>
    <message>
        <source>Day first (01/09/2008 = 1 September)</source>
        <translation>Nejprve den (01/09/2008 = 1. září)</translation>
    </message>
    <message>
        <source>Month first (01/09/2008 = January 9)</source>
        <translation>Nejprve měsíc (01/09/2008 = 9. ledna)</translation>
    </message>
    <message>
        <source>Dates like 01/09/2008:</source>
        <translation>Data jako 01/09/2008:</translation>
    </message>
    <message>
        <source>e.g. Purchased list</source>
        <translation>např. Koupený seznam</translation>
    </message>
    <message>
        <source>Source channel for every row:</source>
        <translation>Zdrojový kanál pro všechny řádky:</translation>
    </message>
    <message>
        <source>Campaign for every row:</source>
        <translation>Kampaň pro všechny řádky:</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>nejdřív den</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>nejdřív měsíc</translation>
    </message>
    <message>
        <source>Read {order} when the values cannot tell (your locale&apos;s order):</source>
        <translation>Čteno {order}, když to hodnoty neurčí (pořadí podle vašeho národního prostředí):</translation>
    </message>
    <message>
        <source>{text}: day first {day}, month first {month}</source>
        <translation>{text}: nejdřív den {day}, nejdřív měsíc {month}</translation>
    </message>
    <message>
        <source>Unreadable values left empty (the lead imported; see the error workbook)</source>
        <translation>Nečitelné hodnoty ponechány prázdné (lead byl importován; viz sešit chyb)</translation>
    </message>
    <message>
        <source>{reason}; left empty, the lead was imported</source>
        <translation>{reason}; ponecháno prázdné, lead byl importován</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Zkouška</translation>
    </message>
    <message>
        <source>Check what the import would do, row by row. Nothing is written.</source>
        <translation>Ověřte, co by import udělal, řádek po řádku. Nic se nezapíše.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Vyzkoušet</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Zkouším…</translation>
    </message>
    <message>
        <source>Testing {file}…</source>
        <translation>Zkouším {file}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>Show these leads on the board</source>
        <translation>Zobrazit tyto leady na nástěnce</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuji…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importuji {file}…</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Odmítnuté řádky s důvodem u každého: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nic se neimportovalo: {error}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Zrušeno; nic se neimportovalo.</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importovat leady</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importovat {file}</translation>
    </message>
    <message>
        <source>{rate} of {stage}</source>
        <translation>{rate} z {stage}</translation>
    </message>
    <message>
        <source>Leads reaching each stage — {share} of MQLs never became SQL</source>
        <translation>Leady, které dosáhly jednotlivých fází — {share} MQL se nikdy nestalo SQL</translation>
    </message>
    <message>
        <source>No leads in this period</source>
        <translation>V tomto období nejsou žádné leady</translation>
    </message>
    <message>
        <source>To SQL</source>
        <translation>Do SQL</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Na zákazníka</translation>
    </message>
    <message>
        <source>Conversion by group (largest groups)</source>
        <translation>Konverze podle skupin (největší skupiny)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Medián</translation>
    </message>
    <message>
        <source>80th percentile</source>
        <translation>80. percentil</translation>
    </message>
    <message>
        <source>Days in stage (visits that ended)</source>
        <translation>Dní ve fázi (ukončené pobyty)</translation>
    </message>
    <message>
        <source>No lead has left a stage yet</source>
        <translation>Žádný lead zatím neopustil fázi</translation>
    </message>
    <message>
        <source>Qualification call outcomes per week</source>
        <translation>Výsledky kvalifikačních hovorů po týdnech</translation>
    </message>
    <message>
        <source>No qualification calls in this period</source>
        <translation>V tomto období nejsou žádné kvalifikační hovory</translation>
    </message>
    <message>
        <source>By score decile (D10 = highest scores)</source>
        <translation>Podle decilu skóre (D10 = nejvyšší skóre)</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Podle stupně shody</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Field or activity</source>
        <translation>Pole nebo aktivita</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Value / offer / page</source>
        <translation>Hodnota / nabídka / stránka</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Strop</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Poločas</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Odpovídající</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Konv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Zlepšení</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Návrh</translation>
    </message>
    <message>
        <source>The most points (or, for negative points, the most penalty) the rule can give</source>
        <translation>Nejvíc bodů (u záporných bodů nejvyšší penalizace), které pravidlo může dát</translation>
    </message>
    <message>
        <source>Days after which an activity&apos;s points have halved; empty: they never fade</source>
        <translation>Počet dní, po kterých body aktivity klesnou na polovinu; prázdné: nikdy neslábnou</translation>
    </message>
    <message>
        <source>Only activity of the last so many days counts; empty: all of it</source>
        <translation>Počítá se jen aktivita za posledních tolik dní; prázdné: všechna</translation>
    </message>
    <message>
        <source>Past leads with an outcome (SQL, Customer or Disqualified) the rule matched</source>
        <translation>Minulé leady s výsledkem (SQL, Zákazník nebo Diskvalifikovaný), které pravidlu odpovídají</translation>
    </message>
    <message>
        <source>How many of the matched leads converted (reached SQL or Customer)</source>
        <translation>Kolik odpovídajících leadů konvertovalo (dosáhlo SQL nebo Zákazník)</translation>
    </message>
    <message>
        <source>Their conversion rate divided by the rate of all decided leads</source>
        <translation>Jejich míra konverze vydělená mírou všech rozhodnutých leadů</translation>
    </message>
    <message>
        <source>Points the outcomes suggest for this rule</source>
        <translation>Body, které výsledky pro toto pravidlo navrhují</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <extracomment>the core&apos;s problem columns → the table&apos;s</extracomment>
        <translation>{value!r} není číslo</translation>
    </message>
    <message>
        <source>points must be a number</source>
        <translation>body musí být číslo</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>Backtest on past outcomes</source>
        <translation>Ověření na minulých výsledcích</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertované</translation>
    </message>
    <message>
        <source>Backtesting needs leads that converted (SQL, Customer) and leads that were disqualified; {n} decided so far.</source>
        <translation>Ověření potřebuje leady, které konvertovaly (SQL, Zákazník), i diskvalifikované; dosud rozhodnutých: {n}.</translation>
    </message>
    <message>
        <source>ROC AUC {auc:.2f} over {n} decided leads ({rate:.0%} converted). 0.5 is a coin toss, 1.0 a perfect ranking.</source>
        <translation>ROC AUC {auc:.2f} na {n} rozhodnutých leadech (konvertovalo {rate:.0%}). 0,5 je hod mincí, 1,0 dokonalé pořadí.</translation>
    </message>
    <message>
        <source>words: {text}</source>
        <translation>slova: {text}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>source</source>
        <translation>zdroj</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampaň</translation>
    </message>
    <message>
        <source>fit grade</source>
        <translation>stupeň shody</translation>
    </message>
    <message>
        <source>import batch #{id}</source>
        <translation>importní dávka č. {id}</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>Nastavit limit WIP…</translation>
    </message>
    <message>
        <source>Set aging limit…</source>
        <translation>Nastavit limit stárnutí…</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Rozbalit</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Sbalit</translation>
    </message>
    <message>
        <source>Set follo&amp;w-up…</source>
        <translation>Naplánovat &amp;follow-up…</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Limit WIP</translation>
    </message>
    <message>
        <source>Most leads {stage} should hold (0: no limit):</source>
        <translation>Kolik leadů smí být nejvýše ve fázi {stage} (0: bez limitu):</translation>
    </message>
    <message>
        <source>Aging limit</source>
        <translation>Limit stárnutí</translation>
    </message>
    <message>
        <source>Days without an interaction before a card in {stage} turns amber (red at twice that; 0: never):</source>
        <translation>Počet dní bez interakce, než se karta ve fázi {stage} zbarví oranžově (při dvojnásobku červeně; 0: nikdy):</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivovat {name}</translation>
    </message>
    <message>
        <source>{name} was moved meanwhile by someone else; it is now in {stage}.</source>
        <extracomment>where the board shows a lead; a move starts from there, so a lead someone else moved meanwhile is refused (saying where it is now), never moved from elsewhere</extracomment>
        <translation>{name} mezitím přesunul někdo jiný; teď je ve fázi {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to {stage}.</source>
        <translation>
            <numerusform>Přesunut %n lead do fáze {stage}.</numerusform>
            <numerusform>Přesunuty %n leady do fáze {stage}.</numerusform>
            <numerusform>Přesunuto %n leadů do fáze {stage}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>(a %n další odmítnut)</numerusform>
            <numerusform>(a %n další odmítnuty)</numerusform>
            <numerusform>(a %n dalších odmítnuto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to {stage}</source>
        <translation>
            <numerusform>Přesunout %n lead do fáze {stage}</numerusform>
            <numerusform>Přesunout %n leady do fáze {stage}</numerusform>
            <numerusform>Přesunout %n leadů do fáze {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved.</source>
        <translation>Nic nebylo přesunuto.</translation>
    </message>
    <message>
        <source>A lead leaves SAL for {stage} through a qualification call: drop one card at a time.</source>
        <translation>Lead přechází ze SAL do fáze {stage} kvalifikačním hovorem: přetahujte karty po jedné.</translation>
    </message>
    <message>
        <source>Archive leads</source>
        <translation>Archivovat leady</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)? They leave the board; Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Archivovat %n lead? Zmizí z nástěnky; Úpravy → Zpět ho vrátí.</numerusform>
            <numerusform>Archivovat %n leady? Zmizí z nástěnky; Úpravy → Zpět je vrátí.</numerusform>
            <numerusform>Archivovat %n leadů? Zmizí z nástěnky; Úpravy → Zpět je vrátí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)</source>
        <translation>
            <numerusform>Archivovat %n lead</numerusform>
            <numerusform>Archivovat %n leady</numerusform>
            <numerusform>Archivovat %n leadů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n lead(s).</source>
        <translation>
            <numerusform>Archivován %n lead.</numerusform>
            <numerusform>Archivovány %n leady.</numerusform>
            <numerusform>Archivováno %n leadů.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a rep logs by hand most often, first.</extracomment>
        <translation>nový</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaticky</translation>
    </message>
    <message>
        <source>Interaction timeline</source>
        <translation>Časová osa interakcí</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Druh interakce</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Návštěva</translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation>Konverze formuláře</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Otevřený e-mail</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Kliknutí v e-mailu</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interakce na sociálních sítích</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Žádost o kontakt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Navázání</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Změna fáze</translation>
    </message>
    <message>
        <source>Log an interaction: type a note, press Enter</source>
        <translation>Zaznamenat interakci: napište poznámku a stiskněte Enter</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Unicode, with byte-order mark</source>
        <translation>Unicode, se znakem pořadí bajtů</translation>
    </message>
    <message>
        <source>Western European</source>
        <translation>západoevropské</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>středoevropské</translation>
    </message>
    <message>
        <source>Latin-1, Western European</source>
        <translation>Latin-1, západoevropské</translation>
    </message>
    <message>
        <source>Latin-2, Central European</source>
        <translation>Latin-2, středoevropské</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kódování</translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored. If letters look wrong, choose another encoding.</source>
        <translation>Jak je text souboru uložen. Pokud písmena vypadají špatně, zvolte jiné kódování.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nový lead…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovat…</translation>
    </message>
    <message>
        <source>Past i&amp;mports…</source>
        <translation>&amp;Minulé importy…</translation>
    </message>
    <message>
        <source>Import &amp;activity…</source>
        <translation>Importovat &amp;aktivitu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Zálohy…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otevřít databázi…</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>Nastavení &amp;databáze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Zn&amp;ovu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Hledat…</translation>
    </message>
    <message>
        <source>&amp;Qualification call…</source>
        <translation>&amp;Kvalifikační hovor…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Nástěnka</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Přehledy</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Můj den</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <source>&amp;Scoring rules…</source>
        <translation>Pravidla &amp;skórování…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Zkontrolovat databázi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;O aplikaci LeadDesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otevřít &amp;nedávné</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Předvolby…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vymazat seznam</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportovat kalendář</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Soubory kalendáře (*.ics)</translation>
    </message>
    <message>
        <source>{count} event(s) written to {path}</source>
        <translation>Události zapsané do {path}: {count}</translation>
    </message>
    <message>
        <source>Follow-up: {what}</source>
        <translation>Follow-up: {what}</translation>
    </message>
    <message>
        <source>Follow-up done: {what}</source>
        <translation>Follow-up hotový: {what}</translation>
    </message>
    <message>
        <source>Follow-up rescheduled: {what}</source>
        <translation>Follow-up přeplánován: {what}</translation>
    </message>
    <message>
        <source>Call {n} of {total}</source>
        <translation>Hovor {n} z {total}</translation>
    </message>
    <message>
        <source>Call session</source>
        <translation>Série hovorů</translation>
    </message>
    <message>
        <source>{calls} call(s) in {minutes}:{seconds:02d}</source>
        <translation>Hovory: {calls} za {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach: {n}</source>
        <translation>Nezastiženo: {n}</translation>
    </message>
    <message>
        <source>Still to call: {n}</source>
        <translation>Zbývá zavolat: {n}</translation>
    </message>
    <message>
        <source>{waited} d of {limit} h</source>
        <translation>{waited} d z {limit} h</translation>
    </message>
    <message>
        <source>{waited} h of {limit} h</source>
        <translation>{waited} h z {limit} h</translation>
    </message>
    <message>
        <source>Hand-over limits (marketing → sales)</source>
        <translation>Lhůty předání (marketing → obchod)</translation>
    </message>
    <message>
        <source>MQL → &amp;accepted, hours:</source>
        <translation>MQL → &amp;přijato, hodiny:</translation>
    </message>
    <message>
        <source>Accepted → &amp;called, hours:</source>
        <translation>Přijato → &amp;voláno, hodiny:</translation>
    </message>
    <message>
        <source>LeadDesk — My day</source>
        <translation>LeadDesk — Můj den</translation>
    </message>
    <message>
        <source>header is “{words}”</source>
        <translation>záhlaví je „{words}“</translation>
    </message>
    <message>
        <source>header words “{words}”</source>
        <translation>slova záhlaví „{words}“</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>zvoleno vámi</translation>
    </message>
    <message>
        <source>remembered from your last import of these columns</source>
        <translation>zapamatováno z vašeho posledního importu těchto sloupců</translation>
    </message>
    <message>
        <source>no field matches; kept as a custom field</source>
        <translation>žádné pole neodpovídá; ponecháno jako vlastní pole</translation>
    </message>
    <message>
        <source>values are email addresses</source>
        <translation>hodnoty jsou e-mailové adresy</translation>
    </message>
    <message>
        <source>values are phone numbers</source>
        <translation>hodnoty jsou telefonní čísla</translation>
    </message>
    <message>
        <source>values are web addresses</source>
        <translation>hodnoty jsou webové adresy</translation>
    </message>
    <message>
        <source>values are countries</source>
        <translation>hodnoty jsou země</translation>
    </message>
    <message>
        <source>values are dates</source>
        <translation>hodnoty jsou data</translation>
    </message>
    <message>
        <source>values are yes/no</source>
        <translation>hodnoty jsou ano/ne</translation>
    </message>
    <message>
        <source>values are amounts</source>
        <translation>hodnoty jsou částky</translation>
    </message>
    <message>
        <source>values end in company legal forms (S.L., S.p.A., s.r.o., GmbH, Inc …)</source>
        <translation>hodnoty končí právní formou firmy (S.L., S.p.A., s.r.o., GmbH, Inc …)</translation>
    </message>
    <message>
        <source>values are job titles</source>
        <translation>hodnoty jsou pracovní pozice</translation>
    </message>
    <message>
        <source>sensitive: values are payment card numbers; ignored unless you choose otherwise</source>
        <translation>citlivé: hodnoty jsou čísla platebních karet; ignorováno, pokud nezvolíte jinak</translation>
    </message>
    <message>
        <source>sensitive: header “{words}”; ignored unless you choose otherwise</source>
        <translation>citlivé: záhlaví „{words}“; ignorováno, pokud nezvolíte jinak</translation>
    </message>
    <message>
        <source>numeric references to another table, not a name or a company</source>
        <translation>číselné odkazy do jiné tabulky, ne jméno ani firma</translation>
    </message>
    <message>
        <source>values are salutations (Mr., Ms. …), not job titles</source>
        <translation>hodnoty jsou oslovení (pan, paní …), ne pracovní pozice</translation>
    </message>
    <message>
        <source>a full name beside first and last names; kept as a custom field</source>
        <translation>celé jméno vedle jména a příjmení; ponecháno jako vlastní pole</translation>
    </message>
    <message>
        <source>computed by LeadDesk on export; not imported</source>
        <translation>vypočteno LeadDeskem při exportu; neimportuje se</translation>
    </message>
    <message>
        <source>{words}; the header only partly matched</source>
        <translation>{words}; záhlaví odpovídá jen zčásti</translation>
    </message>
    <message>
        <source>names of companies: company facts beside them and no person columns</source>
        <translation>názvy firem: vedle nich údaje o firmě a žádné sloupce osob</translation>
    </message>
    <message>
        <source>values are outcomes or stages (won, lost, customer …)</source>
        <translation>hodnoty jsou výsledky nebo fáze (vyhráno, prohráno, zákazník …)</translation>
    </message>
    <message>
        <source>no header row: the column is named for its values</source>
        <translation>bez řádku záhlaví: sloupec je pojmenován podle svých hodnot</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel leadu</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today, {overdue} overdue</source>
        <translation>
            <numerusform>Follow-upy na dnes: %n, po termínu: {overdue}</numerusform>
            <numerusform>Follow-upy na dnes: %n, po termínu: {overdue}</numerusform>
            <numerusform>Follow-upy na dnes: %n, po termínu: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>hovory k vyřízení: %n</numerusform>
            <numerusform>hovory k vyřízení: %n</numerusform>
            <numerusform>hovory k vyřízení: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today</source>
        <translation>
            <numerusform>schůzky dnes: %n</numerusform>
            <numerusform>schůzky dnes: %n</numerusform>
            <numerusform>schůzky dnes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The currency symbol money is shown with; empty = the locale&apos;s own currency.</extracomment>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Activity exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Exporty aktivit (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importovat aktivitu</translation>
    </message>
    <message>
        <source>Import activity — {file}</source>
        <translation>Import aktivity — {file}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatická záloha selhala: {error}</translation>
    </message>
</context>
<context>
    <name>BackupLeadsDialog</name>
    <message>
        <source>Backup from {when} (read-only)</source>
        <translation>Záloha z {when} (jen pro čtení)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in {file}. Nothing here can be changed.</source>
        <translation>
            <numerusform>%n lead v {file}. Nic zde nelze změnit.</numerusform>
            <numerusform>%n leady v {file}. Nic zde nelze změnit.</numerusform>
            <numerusform>%n leadů v {file}. Nic zde nelze změnit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrovat…</translation>
    </message>
</context>
<context>
    <name>BackupLeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Zálohovat nyní</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnovit…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Otevřít jen pro &amp;čtení</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Změnit &amp;složku…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}
Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks. Made on start, every 30 minutes while you work, and before imports and other big changes.</source>
        <translation>Zálohy se ukládají do {folder}
Uchovávají se: posledních {last}, jedna denně po {days} dní, jedna týdně po {weeks} týdnů. Vytvářejí se při spuštění, každých 30 minut během práce a před importy a dalšími velkými změnami.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Načítám zálohy…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n záloha.</numerusform>
            <numerusform>%n zálohy.</numerusform>
            <numerusform>%n záloh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Zálohuji…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Obnovit zálohu</translation>
    </message>
    <message>
        <source>Replace all the data in this database with the backup from {when}?

LeadDesk first backs up the data as it is now, so you can go back.</source>
        <translation>Nahradit všechna data v této databázi zálohou z {when}?

LeadDesk nejprve zazálohuje současná data, takže se můžete vrátit zpět.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Obnovuji…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Záloha obnovena.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Načítám zálohu…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Složka pro zálohy</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>late</source>
        <comment>past the hand-over limit</comment>
        <translation>pozdě</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days since the last interaction</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this lead</source>
        <extracomment>a soft amber that reads on light and dark palettes alike</extracomment>
        <translation>Tento lead změnil někdo jiný</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Tento lead</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else while you were editing it (saved at {when}; it is now in {stage}). You both changed {count} field(s): choose whose values to keep.&lt;br&gt;&lt;b&gt;Keep theirs&lt;/b&gt; leaves their values in these fields. &lt;b&gt;Reapply mine&lt;/b&gt; saves yours over them. Either way, your other changes are saved and theirs are kept.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; mezitím, co jste ho upravovali, změnil někdo jiný (uloženo {when}; teď je ve fázi {stage}). Oba jste změnili tato pole ({count}): vyberte, čí hodnoty zůstanou.&lt;br&gt;&lt;b&gt;Ponechat jejich&lt;/b&gt; nechá v těchto polích jejich hodnoty. &lt;b&gt;Použít moje&lt;/b&gt; je přepíše vašimi. V obou případech se vaše ostatní změny uloží a jejich zůstanou.</translation>
    </message>
    <message>
        <source>Merged without asking: yours: {mine}; theirs: {theirs}.</source>
        <translation>Sloučeno bez ptaní: vaše: {mine}; jejich: {theirs}.</translation>
    </message>
    <message>
        <source>The fields you both changed</source>
        <translation>Pole, která jste změnili oba</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Předtím</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Vaše verze</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Uložená verze</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Ponechat &amp;jejich</translation>
    </message>
    <message>
        <source>Reapply &amp;mine</source>
        <translation>Použít &amp;moje</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <extracomment>how often a copy on a shared database asks what others changed retries after a lost connection wait longer each time, up to this</extracomment>
        <translation>Zkusit znovu hned</translation>
    </message>
    <message>
        <source>Connection to the database lost — retrying in {seconds} s. Your unsaved edits stay where they are; nothing was half-written.</source>
        <translation>Spojení s databází se ztratilo — nový pokus za {seconds} s. Neuložené úpravy zůstávají, kde jsou; nic nebylo zapsáno napůl.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings</source>
        <translation>Nastavení databáze</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>Soubor v tomto počítači (SQLite)</translation>
    </message>
    <message>
        <source>A shared server (PostgreSQL)</source>
        <translation>Sdílený server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Soubor:</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Uložit heslo do systémové klíčenky</translation>
    </message>
    <message>
        <source>No system keyring here: LeadDesk asks for the password at start.</source>
        <translation>Systémová klíčenka tu není: LeadDesk se na heslo zeptá při spuštění.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databáze:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Vyzkoušet připojení</translation>
    </message>
    <message>
        <source>&amp;Move my data to the server</source>
        <translation>&amp;Přesunout moje data na server</translation>
    </message>
    <message>
        <source>&amp;Copy the server&apos;s data into this file</source>
        <translation>&amp;Zkopírovat data ze serveru do tohoto souboru</translation>
    </message>
    <message>
        <source>Copies every lead, interaction and stage change of the database open now into the empty database chosen here, all or nothing, and checks the counts.</source>
        <translation>Zkopíruje všechny leady, interakce a změny fází z otevřené databáze do zde zvolené prázdné databáze, vše nebo nic, a zkontroluje počty.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Soubor databáze</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databáze LeadDesk (*.sqlite *.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojuji…</translation>
    </message>
    <message>
        <source>Connected to {where}: empty; LeadDesk creates its tables on first use.</source>
        <translation>Připojeno k {where}: prázdná; LeadDesk si tabulky vytvoří při prvním použití.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads; LeadDesk will upgrade the tables on first use.</source>
        <translation>Připojeno k {where}: leadů: {count}; LeadDesk tabulky při prvním použití aktualizuje.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads.</source>
        <translation>Připojeno k {where}: leadů: {count}.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopíruji…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Zrušeno; nic se nezkopírovalo.</translation>
    </message>
    <message>
        <source>Copying your data…</source>
        <translation>Kopíruji vaše data…</translation>
    </message>
    <message>
        <source>Copied {leads} leads ({rows} rows in {tables} tables) to {target}; the counts match. Press OK to work there from now on.</source>
        <translation>Zkopírováno leadů: {leads} ({rows} řádků v {tables} tabulkách) do {target}; počty souhlasí. Stiskněte OK a odteď budete pracovat tam.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Exportovat leady</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message numerus="yes">
        <source>All leads (%n)</source>
        <translation>
            <numerusform>Všechny leady (%n)</numerusform>
            <numerusform>Všechny leady (%n)</numerusform>
            <numerusform>Všechny leady (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter</source>
        <translation>Leady odpovídající filtru nástěnky</translation>
    </message>
    <message numerus="yes">
        <source>Selected cards (%n)</source>
        <translation>
            <numerusform>Vybraná karta (%n)</numerusform>
            <numerusform>Vybrané karty (%n)</numerusform>
            <numerusform>Vybraných karet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter (no filter set)</source>
        <translation>Leady odpovídající filtru nástěnky (filtr není nastaven)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): leads, interactions, stage history and funnel</source>
        <translation>Sešit Excelu (.xlsx): leady, interakce, historie fází a trychtýř</translation>
    </message>
    <message>
        <source>CSV (.csv): the leads table only</source>
        <translation>CSV (.csv): jen tabulka leadů</translation>
    </message>
    <message>
        <source>The “LeadDesk ID” column lets an edited file be imported again as updates to the same leads.</source>
        <translation>Sloupec „LeadDesk ID“ umožní upravený soubor znovu importovat jako aktualizaci týchž leadů.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit Excelu (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Soubor CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Exportuji leady…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export zrušen; žádný soubor nebyl zapsán.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to {path}</source>
        <translation>
            <numerusform>Exportován %n lead do {path}</numerusform>
            <numerusform>Exportovány %n leady do {path}</numerusform>
            <numerusform>Exportováno %n leadů do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export dokončen</translation>
    </message>
    <message>
        <source>Sheets: Leads, Interactions, Stage history, Funnel. Keep the “LeadDesk ID” column: importing the edited file updates these leads.</source>
        <translation>Listy: Leady, Interakce, Historie fází, Trychtýř. Ponechte sloupec „LeadDesk ID“: import upraveného souboru tyto leady aktualizuje.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Custom fields</source>
        <translation>Vlastní pole</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Přidat pole</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Odebrat pole</translation>
    </message>
    <message>
        <source>A date: {example}</source>
        <translation>Datum: {example}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: name, company, email, any field (Ctrl+F)</source>
        <translation>Filtr: jméno, firma, e-mail, libovolné pole (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Filtrovat nástěnku</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Libovolný vlastník</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Libovolný kanál</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Libovolná kampaň</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Any import</source>
        <translation>Libovolný import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Libovolný stupeň</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Stupeň</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Stupeň {grade}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Only leads I own ({actor})</source>
        <translation>Jen leady, které vlastním ({actor})</translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation>Řadit karty podle</translation>
    </message>
    <message>
        <source>Sort by score</source>
        <translation>Řadit podle skóre</translation>
    </message>
    <message>
        <source>Sort by age</source>
        <translation>Řadit podle stáří</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Řadit podle jména</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation>Vítejte v LeadDesku</translation>
    </message>
    <message>
        <source>This database has no leads yet. Start with one of these:</source>
        <translation>Tato databáze zatím nemá žádné leady. Začněte jednou z těchto možností:</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importovat tabulku…</translation>
    </message>
    <message>
        <source>Excel, OpenDocument or CSV: the columns are recognised for you.</source>
        <translation>Excel, OpenDocument nebo CSV: sloupce se rozpoznají samy.</translation>
    </message>
    <message>
        <source>Open the demo pipeline</source>
        <translation>Otevřít ukázkovou pipeline</translation>
    </message>
    <message>
        <source>500 made-up leads in a separate database, to try everything safely.</source>
        <translation>500 smyšlených leadů v samostatné databázi, ať si vše bezpečně vyzkoušíte.</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Připojit k týmovému serveru…</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared PostgreSQL database.</source>
        <translation>Pracujte ve sdílené databázi PostgreSQL svého týmu.</translation>
    </message>
    <message>
        <source>How a lead travels</source>
        <translation>Cesta leadu</translation>
    </message>
    <message>
        <source>You can also drop a spreadsheet anywhere on this window.</source>
        <translation>Tabulku můžete také přetáhnout kamkoli do tohoto okna.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {name}</source>
        <translation>Follow-up — {name}</translation>
    </message>
    <message>
        <source>e.g. send the price list, ask who else decides</source>
        <translation>např. poslat ceník, zeptat se, kdo ještě rozhoduje</translation>
    </message>
    <message>
        <source>optional: the content to send</source>
        <translation>volitelné: obsah k odeslání</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Den</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Co udělat</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Obsah</translation>
    </message>
    <message>
        <source>Follow-up set for {date}</source>
        <translation>Follow-up naplánován na {date}</translation>
    </message>
</context>
<context>
    <name>HandOverTab</name>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Podle vlastníka</translation>
    </message>
    <message>
        <source>By month of acceptance</source>
        <translation>Podle měsíce přijetí</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Předání</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Median MQL → SAL (h)</source>
        <translation>Medián MQL → SAL (h)</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>V limitu</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Voláno</translation>
    </message>
    <message>
        <source>Median SAL → call (h)</source>
        <translation>Medián SAL → hovor (h)</translation>
    </message>
    <message>
        <source>Each acceptance (entry into SAL): the wait since the lead became an MQL, and until its first call or call attempt. Limits: {mql} h and {call} h.</source>
        <translation>Každé přijetí (vstup do SAL): čekání od chvíle, kdy se lead stal MQL, a do prvního hovoru nebo pokusu o hovor. Limity: {mql} h a {call} h.</translation>
    </message>
    <message>
        <source>The hand-over figures could not be computed: {error}</source>
        <translation>Údaje o předání nešlo spočítat: {error}</translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Qualification call…</source>
        <extracomment>saves in a row that may each meet a newer save by someone else before giving up</extracomment>
        <translation>Kvalifikační hovor…</translation>
    </message>
    <message>
        <source>Follow-&amp;up…</source>
        <translation>Follow-&amp;up…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Vrátit změny</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez jména)</translation>
    </message>
    <message>
        <source>score {score} · {grade}</source>
        <translation>skóre {score} · {grade}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivováno</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Tento lead už neexistuje.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Uloženo: {name}.</translation>
    </message>
    <message>
        <source>Saved {name}, merged with changes someone else made meanwhile.</source>
        <translation>Uloženo: {name}, sloučeno se změnami, které mezitím udělal někdo jiný.</translation>
    </message>
    <message>
        <source>Not saved: this lead was changed elsewhere since you opened it. Your edits are still here; Revert shows the current values.</source>
        <translation>Neuloženo: tento lead byl od otevření změněn jinde. Vaše úpravy tu zůstávají; Vrátit změny zobrazí aktuální hodnoty.</translation>
    </message>
</context>
<context>
    <name>LifecyclePicture</name>
    <message>
        <source>The lead lifecycle</source>
        <extracomment>the funnel, left to right, and the two side stages drawn under it</extracomment>
        <translation>Životní cyklus leadu</translation>
    </message>
    <message>
        <source>{lead} → {mql} (the score reaches the threshold) → {sal} (sales accepts) → {sql} (a qualification call) → {customer}; on the way, {nurture} (not yet) or {disq} (not a fit).</source>
        <translation>{lead} → {mql} (skóre dosáhne prahu) → {sal} (obchod přijme) → {sql} (kvalifikační hovor) → {customer}; cestou {nurture} (zatím ne) nebo {disq} (nehodí se).</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skóre</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>přijat</translation>
    </message>
    <message>
        <source>call</source>
        <translation>hovor</translation>
    </message>
    <message>
        <source>won</source>
        <translation>vyhráno</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lead</source>
        <extracomment>Opens another database and returns its workspace (wired by app.py). Opens the demo pipeline&apos;s database (filled on first use): its URL and workspace.</extracomment>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Select a lead to see its details.</source>
        <translation>Vyberte lead a zobrazí se jeho podrobnosti.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leady</numerusform>
            <numerusform>%n leadů</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead in SAL first.</source>
        <translation>Nejprve vyberte lead ve fázi SAL.</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Nejdřív vyberte lead.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databáze LeadDesk (*.sqlite *.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation>O aplikaci LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk {version}
Offline lead qualification for small sales teams.

Database: {db}
Logs: {logs}</source>
        <translation>LeadDesk {version}
Offline kvalifikace leadů pro malé obchodní týmy.

Databáze: {db}
Protokoly: {logs}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lead(s)</source>
        <translation>
            <numerusform>{shown} z %n leadu</numerusform>
            <numerusform>{shown} z %n leadů</numerusform>
            <numerusform>{shown} z %n leadů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>When / wait</source>
        <translation>Kdy / čekání</translation>
    </message>
    <message>
        <source>Enter opens the lead (on a call: the qualification call). On a follow-up: D done, R tomorrow, W in a week.</source>
        <translation>Enter otevře lead (u hovoru: kvalifikační hovor). U follow-upu: D hotovo, R zítra, W za týden.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pro:</translation>
    </message>
    <message>
        <source>&amp;Start calling</source>
        <translation>&amp;Začít volat</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportovat kalendář…</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Já ({name})</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Všichni</translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation>Můj den — {date}</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Hovory k vyřízení</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-upy po termínu</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Follow-upy na dnes</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Follow-upy tento týden</translation>
    </message>
    <message>
        <source>MQLs waiting for sales</source>
        <translation>MQL čekající na obchod</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Schůzky dnes</translation>
    </message>
    <message>
        <source>Meetings tomorrow</source>
        <translation>Schůzky zítra</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>skóre {score}</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>po lhůtě</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nový lead</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening {database}…</source>
        <translation>Otevírání databáze {database}…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Předvolby</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>A new language applies when LeadDesk is restarted.</source>
        <translation>Nový jazyk se použije po restartu LeadDesku.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Vzhled</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Vzhled:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;jméno:</translation>
    </message>
    <message>
        <source>Recorded as the owner of what you create and change.</source>
        <translation>Zaznamená se jako vlastník toho, co vytvoříte a změníte.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>Diskvalifikovat</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n lead(s) disqualified?</source>
        <translation>
            <numerusform>Proč je %n lead diskvalifikován?</numerusform>
            <numerusform>Proč jsou %n leady diskvalifikovány?</numerusform>
            <numerusform>Proč je %n leadů diskvalifikováno?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>e.g. a student, a competitor, only wanted the download, bad data</source>
        <translation>např. student, konkurent, chtěl jen stáhnout materiály, chybná data</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>Report table</source>
        <translation>Tabulka přehledu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportovat do Excelu…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Uložit graf jako PNG…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <extracomment>The width of the owner, source, campaign and batch boxes, in characters. emitted when a computation&apos;s results are on screen</extracomment>
        <translation>Trychtýř</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Podle skupin</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Doba ve fázi</translation>
    </message>
    <message>
        <source>Qualification calls</source>
        <translation>Kvalifikační hovory</translation>
    </message>
    <message>
        <source>Score quality</source>
        <translation>Kvalita skóre</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Zdrojový kanál</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Import batch (purchased list)</source>
        <translation>Importní dávka (koupený seznam)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Rozdělit podle:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Posledních 90 dní</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Posledních 12 měsíců</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Letos</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Celé období</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Vlastní</translation>
    </message>
    <message>
        <source>Leads created:</source>
        <translation>Leady vytvořené:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Vlastník:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Zdroj:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampaň:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Dávka:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Reports are not available for this database.</source>
        <translation>Přehledy pro tuto databázi nejsou k dispozici.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Počítám…</translation>
    </message>
    <message>
        <source>Computing the reports…</source>
        <translation>Počítám přehledy…</translation>
    </message>
    <message>
        <source>The reports could not be computed.</source>
        <translation>Přehledy se nepodařilo spočítat.</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>celé období</translation>
    </message>
    <message>
        <source>{leads} leads created in {period}. Calls and disqualifications are those dated in the period.</source>
        <translation>Leadů vytvořených v období {period}: {leads}. Hovory a diskvalifikace jsou ty s datem v tomto období.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportovat přehled</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sešit Excelu (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Uloženo: {path}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Uložit graf</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obrázek PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RulesAnalysis</name>
    <message>
        <source>{total} leads, scored under these rules. Edit a rule to see what the change would do.</source>
        <translation>Leadů ohodnocených těmito pravidly: {total}. Upravte pravidlo a uvidíte, co by změna udělala.</translation>
    </message>
    <message>
        <source>This change rescores {n} of {total} leads: {into} move into MQL, {out} out.</source>
        <translation>Tato změna přepočítá {n} z {total} leadů: {into} přejde do MQL, {out} z něj odejde.</translation>
    </message>
    <message>
        <source>Suggested {n} rules from {learn} decided leads; on the other {hold} they reach ROC AUC {auc}. Review them, then Save.</source>
        <translation>Navrženo pravidel: {n} z {learn} rozhodnutých leadů; na dalších {hold} dosahují ROC AUC {auc}. Zkontrolujte je a pak uložte.</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>Updating scores as old activity fades…</source>
        <extracomment>First look a while after the window opens, so that opening stays quick; then hourly.</extracomment>
        <translation>Aktualizuji skóre, jak stará aktivita slábne…</translation>
    </message>
    <message>
        <source>Change scoring rules</source>
        <translation>Změnit pravidla skórování</translation>
    </message>
    <message>
        <source>Rescoring leads…</source>
        <translation>Přepočítávám skóre…</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Scoring rules</source>
        <translation>Pravidla skórování</translation>
    </message>
    <message>
        <source>Reading leads…</source>
        <translation>Načítám leady…</translation>
    </message>
    <message>
        <source>Fit rule (a field)</source>
        <translation>Pravidlo shody (pole)</translation>
    </message>
    <message>
        <source>Engagement rule (an activity)</source>
        <translation>Pravidlo zapojení (aktivita)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Zd&amp;vojit</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Posunout &amp;nahoru</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>Su&amp;ggest from outcomes</source>
        <translation>&amp;Navrhnout z výsledků</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Obnovit výchozí</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Thresholds and grades</source>
        <translation>Prahy a stupně</translation>
    </message>
    <message>
        <source>Recycle MQLs to Nurture</source>
        <translation>Vracet MQL do fáze Nurturing</translation>
    </message>
    <message>
        <source>An MQL whose score falls below the threshold minus the margin goes back to Nurture</source>
        <translation>MQL, jehož skóre klesne pod práh minus rezervu, se vrací do fáze Nurturing</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Práh MQL</translation>
    </message>
    <message>
        <source>Margin (against flapping)</source>
        <translation>Rezerva (proti přeskakování)</translation>
    </message>
    <message>
        <source>Grade {grade} from fit</source>
        <translation>Stupeň {grade} od shody</translation>
    </message>
    <message>
        <source>Grade boundaries must fall from A to C.</source>
        <translation>Hranice stupňů musí klesat od A do C.</translation>
    </message>
    <message>
        <source>Rule {row}, {column}: {message}</source>
        <translation>Pravidlo {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>New fit rule</source>
        <translation>Nové pravidlo shody</translation>
    </message>
    <message>
        <source>New engagement rule</source>
        <translation>Nové pravidlo zapojení</translation>
    </message>
    <message>
        <source>Save your changes to the scoring rules?</source>
        <translation>Uložit změny pravidel hodnocení?</translation>
    </message>
    <message>
        <source>Your changes to the scoring rules have problems and cannot be saved.</source>
        <translation>Změny pravidel hodnocení obsahují chyby a nelze je uložit.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>No scoring rules yet.</source>
        <translation>Zatím žádná pravidla skórování.</translation>
    </message>
    <message>
        <source>Score {score} · grade {grade}</source>
        <translation>Skóre {score} · stupeň {grade}</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} (fit {fit}, engagement {engagement})</source>
        <translation>Celkem {total} · stupeň {grade} (shoda {fit}, zapojení {engagement})</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Shoda</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Zapojení</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>An action&apos;s name for the shortcuts list when its menu text changes (Undo says what it undoes, the dock&apos;s toggle is named after the lead shown): set with ``setProperty``.</extracomment>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Příkaz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klávesy</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nástěnka</translation>
    </message>
    <message>
        <source>Select the card in the next column</source>
        <translation>Vybrat kartu v sousedním sloupci</translation>
    </message>
    <message>
        <source>Select the card above or below</source>
        <translation>Vybrat kartu nad nebo pod</translation>
    </message>
    <message>
        <source>Move the selected leads to the next stage</source>
        <translation>Přesunout vybrané leady do další fáze</translation>
    </message>
    <message>
        <source>Move the selected leads to the previous stage</source>
        <translation>Přesunout vybrané leady do předchozí fáze</translation>
    </message>
    <message>
        <source>Show the lead in the side panel</source>
        <translation>Zobrazit lead v postranním panelu</translation>
    </message>
    <message>
        <source>or a click</source>
        <translation>nebo kliknutí</translation>
    </message>
    <message>
        <source>Open the lead in its own window</source>
        <translation>Otevřít lead ve vlastním okně</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Dvojklik</translation>
    </message>
    <message>
        <source>Archive the selected leads</source>
        <translation>Archivovat vybrané leady</translation>
    </message>
    <message>
        <source>Move leads to another stage</source>
        <translation>Přesunout leady do jiné fáze</translation>
    </message>
    <message>
        <source>Drag the cards</source>
        <translation>Přetáhnout karty</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Collapse or expand this column</source>
        <extracomment>Seven columns and the side panel fit a 1366-pixel laptop screen.</extracomment>
        <translation>Sbalit nebo rozbalit tento sloupec</translation>
    </message>
    <message>
        <source>Collapse {stage}</source>
        <translation>Sbalit {stage}</translation>
    </message>
    <message>
        <source>{stage} leads</source>
        <translation>Leady ve fázi {stage}</translation>
    </message>
    <message>
        <source>Over the WIP limit of {limit}</source>
        <translation>Překročen limit WIP {limit}</translation>
    </message>
    <message>
        <source>Budget …</source>
        <translation>Rozpočet …</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Rozpočet {amount}</translation>
    </message>
</context>
<context>
    <name>StageHistoryTable</name>
    <message>
        <source>From → to</source>
        <translation>Z → do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nový</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaticky</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>Score {score}, grade {grade}.</source>
        <extracomment>Fetch card summaries this many rows at a time: one small query per screenful. Forget cached cards beyond this many (a column scrolled end to end stays small). hours a lead may wait in this stage by the hand-over agreement (None: no limit)</extracomment>
        <translation>Skóre {score}, stupeň {grade}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last interaction.</source>
        <translation>
            <numerusform>%n den od poslední interakce.</numerusform>
            <numerusform>%n dny od poslední interakce.</numerusform>
            <numerusform>%n dní od poslední interakce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting stale.</source>
        <translation>Začíná zastarávat.</translation>
    </message>
    <message>
        <source>Stale.</source>
        <translation>Zastaralý.</translation>
    </message>
    <message>
        <source>Past the hand-over limit.</source>
        <translation>Po lhůtě předání.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest rules from outcomes</source>
        <translation>Navrhnout pravidla z výsledků</translation>
    </message>
    <message>
        <source>Learn again</source>
        <translation>Naučit znovu</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Současné</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Navržené</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Změna</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Konv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Zlepšení</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Práh MQL</translation>
    </message>
    <message>
        <source>Leads that become MQL</source>
        <translation>Leady, které se stanou MQL</translation>
    </message>
    <message>
        <source>Won they hold</source>
        <translation>Získané, které zahrnují</translation>
    </message>
    <message>
        <source>Learn from these fields:</source>
        <translation>Učit se z těchto polí:</translation>
    </message>
    <message>
        <source>Learning rules from past outcomes…</source>
        <translation>Učení pravidel z minulých výsledků…</translation>
    </message>
    <message>
        <source>alone separates won from lost almost perfectly (ROC AUC {auc})</source>
        <translation>sám téměř dokonale odděluje získané od ztracených (ROC AUC {auc})</translation>
    </message>
    <message>
        <source>Learnt from {learn} decided leads. On the other {hold}, which it did not learn from, ROC AUC: current rules {current}, suggested rules {suggested}.</source>
        <translation>Naučeno z {learn} rozhodnutých leadů. Na ostatních {hold}, ze kterých se neučilo, ROC AUC: současná pravidla {current}, navržená pravidla {suggested}.</translation>
    </message>
    <message>
        <source>Only {n} decided leads: too few to trust these figures; the suggestion is kept small.</source>
        <translation>Jen {n} rozhodnutých leadů: příliš málo, aby se těmto číslům dalo věřit; návrh zůstává malý.</translation>
    </message>
    <message>
        <source>{field} — looks like an outcome</source>
        <translation>{field} — vypadá jako výsledek</translation>
    </message>
    <message>
        <source>filled after the outcome: on {share} of the decided leads that have it, its history shows it was set after their last stage change</source>
        <translation>vyplněno po výsledku: u {share} rozhodnutých leadů, které ho mají, jeho historie ukazuje, že bylo nastaveno po jejich poslední změně fáze</translation>
    </message>
    <message>
        <source>Fields that look like outcomes, left out unless ticked:</source>
        <translation>Pole, která vypadají jako výsledky, vynechaná, pokud nejsou zaškrtnutá:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Přidáno</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Beze změny</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Odebráno</translation>
    </message>
    <message>
        <source>{points} (suggested)</source>
        <translation>{points} (navrženo)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Connection restored.</source>
        <translation>Připojení obnoveno.</translation>
    </message>
    <message>
        <source>Could not check for others&apos; changes: {error}</source>
        <translation>Nepodařilo se zkontrolovat změny ostatních: {error}</translation>
    </message>
</context>
<context>
    <name>_ColumnsPage</name>
    <message>
        <source>Email (who)</source>
        <translation>E-mail (kdo)</translation>
    </message>
    <message>
        <source>LeadDesk ID (who)</source>
        <translation>ID v LeadDesku (kdo)</translation>
    </message>
    <message>
        <source>The tool&apos;s person id (who, via a people file)</source>
        <translation>ID osoby v nástroji (kdo, přes soubor osob)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Detail (page, link, form)</source>
        <translation>Podrobnost (stránka, odkaz, formulář)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Number of opens</source>
        <translation>Počet otevření</translation>
    </message>
    <message>
        <source>Number of clicks</source>
        <translation>Počet kliknutí</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Počet návštěv</translation>
    </message>
    <message>
        <source>Number of form submissions</source>
        <translation>Počet odeslaných formulářů</translation>
    </message>
    <message>
        <source>First name (for new leads)</source>
        <translation>Jméno (pro nové leady)</translation>
    </message>
    <message>
        <source>Last name (for new leads)</source>
        <translation>Příjmení (pro nové leady)</translation>
    </message>
    <message>
        <source>Company (for new leads)</source>
        <translation>Firma (pro nové leady)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorovat)</translation>
    </message>
    <message>
        <source>What each column says</source>
        <translation>Co říká každý sloupec</translation>
    </message>
    <message>
        <source>Who (email), when, what happened, and details. Files with counts (opens, clicks) give one interaction per count.</source>
        <translation>Kdo (e-mail), kdy, co se stalo a podrobnosti. Soubory s počty (otevření, kliknutí) dávají jednu interakci za každý kus.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Znamená</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Příklad</translation>
    </message>
    <message>
        <source>Meaning of column {name}</source>
        <translation>Význam sloupce {name}</translation>
    </message>
    <message>
        <source>(from the &apos;what&apos; column)</source>
        <translation>(ze sloupce „co“)</translation>
    </message>
    <message>
        <source>The file has no dates; these events happened on:</source>
        <translation>Soubor nemá data; tyto události proběhly dne:</translation>
    </message>
    <message>
        <source>&amp;People file…</source>
        <translation>Soubor &amp;osob…</translation>
    </message>
    <message>
        <source>A members or contacts export that says whose each id is</source>
        <translation>Export členů nebo kontaktů, který říká, komu patří které ID</translation>
    </message>
    <message>
        <source>Every row is</source>
        <translation>Každý řádek je</translation>
    </message>
    <message>
        <source>People file</source>
        <translation>Soubor osob</translation>
    </message>
    <message>
        <source>(row order: id 1 is the first person)</source>
        <translation>(pořadí řádků: ID 1 je první osoba)</translation>
    </message>
    <message>
        <source>Which column holds the id?</source>
        <translation>Který sloupec obsahuje ID?</translation>
    </message>
    <message>
        <source>{count} people from {file}</source>
        <translation>{count} osob ze souboru {file}</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The file as read</source>
        <translation>Soubor, jak byl načten</translation>
    </message>
    <message>
        <source>{file}{where}: header on row {row}, {count} columns.</source>
        <translation>{file}{where}: záhlaví na řádku {row}, sloupců: {count}.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Test and import</source>
        <translation>Vyzkoušet a importovat</translation>
    </message>
    <message>
        <source>Create a lead for people who are not leads yet</source>
        <translation>Vytvořit lead pro osoby, které ještě leady nejsou</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Website form</source>
        <translation>např. Newsletter, Formulář na webu</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Vyzkoušet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Vrátit tento import</translation>
    </message>
    <message>
        <source>Source channel of new leads</source>
        <translation>Zdrojový kanál nových leadů</translation>
    </message>
    <message>
        <source>Rejected rows: {path}</source>
        <translation>Odmítnuté řádky: {path}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Zrušeno; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Zkouším…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuji…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Import byl vrácen.</translation>
    </message>
</context>
<context>
    <name>_ValuesPage</name>
    <message>
        <source>What each event means</source>
        <translation>Co znamená každá událost</translation>
    </message>
    <message>
        <source>LeadDesk guessed the meaning of the tool&apos;s words; correct any that are wrong.</source>
        <translation>LeadDesk odhadl význam slov nástroje; opravte ty, které jsou špatně.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>V souboru</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>(not an interaction)</source>
        <translation>(není interakce)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Diskvalifikovaný</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pracovní pozice</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Velikost firmy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Obor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Zdrojový kanál</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Rozpočet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Stav e-mailu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Návštěva</translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation>Konverze formulářem</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Otevření e-mailu</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Kliknutí v e-mailu</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociální sítě</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Žádost o kontakt</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Pokus o hovor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>návštěva</translation>
    </message>
    <message>
        <source>form conversion</source>
        <translation>konverze formulářem</translation>
    </message>
    <message>
        <source>email open</source>
        <translation>otevření e-mailu</translation>
    </message>
    <message>
        <source>email click</source>
        <translation>kliknutí v e-mailu</translation>
    </message>
    <message>
        <source>social</source>
        <translation>sociální sítě</translation>
    </message>
    <message>
        <source>contact request</source>
        <translation>žádost o kontakt</translation>
    </message>
    <message>
        <source>call</source>
        <translation>hovor</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>pokus o hovor</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>schůzka</translation>
    </message>
    <message>
        <source>note</source>
        <translation>poznámka</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>white paper</source>
        <translation>white paper</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinář</translation>
    </message>
    <message>
        <source>pricing page</source>
        <translation>stránka s ceníkem</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>zkušební verze zdarma</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>žádost o demo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiné</translation>
    </message>
    <message>
        <source>ready for a demo / sales call</source>
        <translation>připraven na demo / obchodní hovor</translation>
    </message>
    <message>
        <source>needs nurturing</source>
        <translation>potřebuje nurturing</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>podezřelý</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Bez potřeby</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Bez rozpočtu</translation>
    </message>
    <message>
        <source>Student or researcher</source>
        <translation>Student nebo výzkumník</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Wrong contact data</source>
        <translation>Chybné kontaktní údaje</translation>
    </message>
    <message>
        <source>Only wanted the download</source>
        <translation>Chtěl jen stáhnout materiál</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiný</translation>
    </message>
    <message>
        <source>White paper</source>
        <translation>White paper</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinář</translation>
    </message>
    <message>
        <source>Pricing page</source>
        <translation>Stránka s ceníkem</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Zkušební verze zdarma</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Žádost o demo</translation>
    </message>
    <message>
        <source>Other content</source>
        <translation>Jiný obsah</translation>
    </message>
    <message>
        <source>decides within a month</source>
        <translation>rozhodne do měsíce</translation>
    </message>
    <message>
        <source>decides within 3 months</source>
        <translation>rozhodne do 3 měsíců</translation>
    </message>
    <message>
        <source>decides in 6 months at the earliest</source>
        <translation>rozhodne nejdříve za 6 měsíců</translation>
    </message>
    <message>
        <source>decides within a year at the earliest</source>
        <translation>rozhodne nejdříve do roka</translation>
    </message>
    <message>
        <source>no plan to buy</source>
        <translation>neplánuje nákup</translation>
    </message>
    <message>
        <source>timing unknown</source>
        <translation>termín neznámý</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potřeba</translation>
    </message>
    <message>
        <source>Is there an identified need?</source>
        <translation>Je zjištěna potřeba?</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifikována</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Neznámé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>Jak je to naléhavé?</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>naléhavost</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Střední</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <source>The problem in their words</source>
        <translation>Problém jeho slovy</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problém</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Zájem</translation>
    </message>
    <message>
        <source>How interested in our solution?</source>
        <translation>Jak velký má zájem o naše řešení?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádný</translation>
    </message>
    <message>
        <source>What they downloaded or asked for</source>
        <translation>Co stáhl nebo o co žádal</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>požadováno</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <source>Budget range</source>
        <translation>Rozpočtové pásmo</translation>
    </message>
    <message>
        <source>range</source>
        <translation>rozpětí</translation>
    </message>
    <message>
        <source>Under 5,000</source>
        <translation>Do 5 000</translation>
    </message>
    <message>
        <source>5,000 to 20,000</source>
        <translation>5 000 až 20 000</translation>
    </message>
    <message>
        <source>20,000 to 100,000</source>
        <translation>20 000 až 100 000</translation>
    </message>
    <message>
        <source>Over 100,000</source>
        <translation>Přes 100 000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Výše rozpočtu</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>částka</translation>
    </message>
    <message>
        <source>Money available this period?</source>
        <translation>Jsou peníze k dispozici v tomto období?</translation>
    </message>
    <message>
        <source>money this period</source>
        <translation>peníze v tomto období</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Pravomoc</translation>
    </message>
    <message>
        <source>Is this the decision maker?</source>
        <translation>Je to ten, kdo rozhoduje?</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>rozhoduje</translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation>Kdo další rozhoduje?</translation>
    </message>
    <message>
        <source>also decides</source>
        <translation>rozhoduje také</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>When would they decide or buy?</source>
        <translation>Kdy by rozhodl nebo nakoupil?</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>Do měsíce</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>Do 3 měsíců</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>Do 6 měsíců</translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation>Do roka</translation>
    </message>
    <message>
        <source>No plan to buy</source>
        <translation>Neplánuje nákup</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tón</translation>
    </message>
    <message>
        <source>How did the conversation feel?</source>
        <translation>Jaký byl rozhovor?</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Chladný</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Odměřený</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutrální</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Přátelský</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Vřelý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>LeadDesk ID</source>
        <translation>ID v LeadDesku</translation>
    </message>
    <message>
        <source>Is a company (flag)</source>
        <translation>Je firma (příznak)</translation>
    </message>
    <message>
        <source>Outcome or stage</source>
        <translation>Výsledek nebo fáze</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Vlastní pole</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>any visit</source>
        <translation>jakákoli návštěva</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>první návštěva</translation>
    </message>
    <message>
        <source>repeat visit</source>
        <translation>opakovaná návštěva</translation>
    </message>
    <message>
        <source>email opened</source>
        <translation>otevřený e-mail</translation>
    </message>
    <message>
        <source>email clicked</source>
        <translation>kliknutí v e-mailu</translation>
    </message>
    <message>
        <source>social engagement</source>
        <translation>zapojení na sociálních sítích</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>se rovná</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>se nerovná</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>obsahuje</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>začíná na</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>je jedno z</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>je mezi</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>je větší než</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>je menší než</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdné</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>není prázdné</translation>
    </message>
    <message>
        <source>email domain is free-mail</source>
        <translation>e-mailová doména je freemail</translation>
    </message>
    <message>
        <source>email domain is one of</source>
        <translation>e-mailová doména je jedna z</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Rozhoduje o nákupu</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manažer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Company of 10 to 500 people</source>
        <translation>Firma s 10 až 500 lidmi</translation>
    </message>
    <message>
        <source>Budget over 1,000</source>
        <translation>Rozpočet nad 1 000</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doporučení</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Adresa u bezplatné pošty</translation>
    </message>
    <message>
        <source>Unsubscribed from email</source>
        <translation>Odhlášen z e-mailů</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>První návštěva</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Opakovaná návštěva</translation>
    </message>
    <message>
        <source>Visited the pricing page</source>
        <translation>Navštívil stránku s ceníkem</translation>
    </message>
    <message>
        <source>Downloaded a white paper</source>
        <translation>Stáhl white paper</translation>
    </message>
    <message>
        <source>Joined a webinar</source>
        <translation>Účastnil se webináře</translation>
    </message>
    <message>
        <source>Pricing guide</source>
        <translation>Průvodce cenami</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Otevřený e-mail</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Kliknutí v e-mailu</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interakce na sociálních sítích</translation>
    </message>
    <message>
        <source>Asked to be contacted</source>
        <translation>Požádal o kontakt</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Importní dávka</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trychtýř</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Doba ve fázi</translation>
    </message>
    <message>
        <source>Slowest leads</source>
        <translation>Nejpomalejší leady</translation>
    </message>
    <message>
        <source>Calls per week</source>
        <translation>Hovory za týden</translation>
    </message>
    <message>
        <source>Disqualification reasons</source>
        <translation>Důvody diskvalifikace</translation>
    </message>
    <message>
        <source>MQL never SQL (share of MQLs)</source>
        <translation>MQL, které se nestaly SQL (podíl z MQL)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>To SQL</source>
        <translation>Do SQL</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>Na zákazníka</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Leads reached</source>
        <translation>Leady, které dosáhly</translation>
    </message>
    <message>
        <source>Of which skipped it</source>
        <translation>Z toho ji přeskočilo</translation>
    </message>
    <message>
        <source>Conversion from previous</source>
        <translation>Konverze z předchozí</translation>
    </message>
    <message>
        <source>Share of all leads</source>
        <translation>Podíl ze všech leadů</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Ukončené pobyty</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Medián dní</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Nyní ve fázi</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dní ve fázi</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Týden od</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Celkem</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Nejnižší skóre</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Nejvyšší skóre</translation>
    </message>
    <message>
        <source>source channel</source>
        <translation>zdrojový kanál</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampaň</translation>
    </message>
    <message>
        <source>import batch</source>
        <translation>importní dávka</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>list {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>řádek {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>sloupec {column}</translation>
    </message>
    <message>
        <source>Disqualifying a lead needs a reason.</source>
        <translation>Diskvalifikace leadu vyžaduje důvod.</translation>
    </message>
    <message>
        <source>A lead becomes SQL through a qualification call whose outcome is &apos;ready&apos; (or an override with a written reason).</source>
        <translation>Lead se stane SQL kvalifikačním hovorem s výsledkem „připraven“ (nebo výjimkou s písemným odůvodněním).</translation>
    </message>
    <message>
        <source>Only an SQL lead can become a customer.</source>
        <translation>Zákazníkem se může stát jen lead ve fázi SQL.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Zrušeno; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>is not a lead field</source>
        <translation>není pole leadu</translation>
    </message>
    <message>
        <source>By score decile</source>
        <translation>Podle decilu skóre</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Podle stupně shody</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Stupeň shody</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nebyly nalezeny žádné problémy.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>opraveno</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>neopraveno</translation>
    </message>
    <message>
        <source>Problems that cannot be repaired safely: restore a backup (File → Backups…) or ask for help.</source>
        <translation>Problémy, které nelze bezpečně opravit: obnovte zálohu (Soubor → Zálohy…) nebo požádejte o pomoc.</translation>
    </message>
    <message>
        <source>Scores were not checked (no scoring rules installed).</source>
        <translation>Skóre nebylo zkontrolováno (nejsou nainstalována pravidla skórování).</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history and scores.</source>
        <translation>Zkontrolováno leadů: {count}. Kontrolován soubor, vazby mezi záznamy, historie fází a skóre.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history.</source>
        <translation>Zkontrolováno leadů: {count}. Kontrolován soubor, vazby mezi záznamy a historie fází.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history and scores.</source>
        <translation>Zkontrolováno leadů: {count}. Kontrolovány vazby mezi záznamy, historie fází a skóre.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history.</source>
        <translation>Zkontrolováno leadů: {count}. Kontrolovány vazby mezi záznamy a historie fází.</translation>
    </message>
    <message>
        <source>Brought {count} score(s) up to date: activity counts less as it ages.</source>
        <translation>Aktualizováno skóre: {count}. Aktivita se s věkem počítá méně.</translation>
    </message>
    <message>
        <source>Found {found} problem(s); repaired {repaired}.</source>
        <translation>Nalezené problémy: {found}; opraveno: {repaired}.</translation>
    </message>
    <message>
        <source>• {finding} ({mark})</source>
        <translation>• {finding} ({mark})</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… a dalších {count}.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Nejprve byla vytvořena záloha: {path}</translation>
    </message>
    <message>
        <source>score {score} reached the MQL threshold ({threshold})</source>
        <translation>skóre {score} dosáhlo prahu MQL ({threshold})</translation>
    </message>
    <message>
        <source>score {score} fell below the MQL threshold minus the margin ({line})</source>
        <translation>skóre {score} kleslo pod práh MQL minus rezervu ({line})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason} ({note})</source>
        <translation>kvalifikační hovor: {outcome} — {reason} ({note})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason}</source>
        <translation>kvalifikační hovor: {outcome} — {reason}</translation>
    </message>
    <message>
        <source>qualification call: {outcome}</source>
        <translation>kvalifikační hovor: {outcome}</translation>
    </message>
    <message>
        <source>against the proposal ({proposed}): {why}</source>
        <translation>proti návrhu ({proposed}): {why}</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>výjimka: {why}</translation>
    </message>
    <message>
        <source>Check database: {why}</source>
        <translation>Zkontrolovat databázi: {why}</translation>
    </message>
    <message>
        <source>unknown stage {stage}</source>
        <translation>neznámá fáze {stage}</translation>
    </message>
    <message>
        <source>Qualification call — {outcome} ({stage})</source>
        <translation>Kvalifikační hovor — {outcome} ({stage})</translation>
    </message>
    <message>
        <source>Qualification call — {outcome}</source>
        <translation>Kvalifikační hovor — {outcome}</translation>
    </message>
    <message>
        <source>Proposed: {reason}</source>
        <translation>Návrh: {reason}</translation>
    </message>
    <message>
        <source>Chosen against the proposal: {why}</source>
        <translation>Zvoleno proti návrhu: {why}</translation>
    </message>
    <message>
        <source>Meeting: {at}</source>
        <translation>Schůzka: {at}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer} — {note}</source>
        <translation>Navázat {date} s: {offer} — {note}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer}</source>
        <translation>Navázat {date} s: {offer}</translation>
    </message>
    <message>
        <source>Reason: {reason} — {note}</source>
        <translation>Důvod: {reason} — {note}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Důvod: {reason}</translation>
    </message>
    <message>
        <source>Override: {why}</source>
        <translation>Výjimka: {why}</translation>
    </message>
    <message>
        <source>Duration: {time}</source>
        <translation>Délka: {time}</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them — {note}</source>
        <translation>Kvalifikační hovor: nepodařilo se zastihnout — {note}</translation>
    </message>
    <message>
        <source>Demo / sales call booked for {at}</source>
        <translation>Demo / obchodní hovor domluven na {at}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what} — {content}</source>
        <translation>Navázání {date}: {what} — {content}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what}</source>
        <translation>Navázání {date}: {what}</translation>
    </message>
    <message>
        <source>Downloaded: {offer}</source>
        <translation>Staženo: {offer}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>a lead needs a name, an email or a company</source>
        <translation>lead potřebuje jméno, e-mail nebo firmu</translation>
    </message>
    <message>
        <source>Reason for your choice</source>
        <translation>Důvod vaší volby</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Navázání</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>a lead ready for sales needs the meeting date and time</source>
        <translation>lead připravený pro obchod potřebuje datum a čas schůzky</translation>
    </message>
    <message>
        <source>the meeting time has no time zone</source>
        <translation>čas schůzky nemá časové pásmo</translation>
    </message>
    <message>
        <source>nurturing needs a follow-up date</source>
        <translation>nurturing potřebuje datum navázání</translation>
    </message>
    <message>
        <source>say what content would help</source>
        <translation>uveďte, jaký obsah by pomohl</translation>
    </message>
    <message>
        <source>a suspect needs a reason from the list</source>
        <translation>podezřelý potřebuje důvod ze seznamu</translation>
    </message>
    <message>
        <source>say in a few words what the other reason is</source>
        <translation>uveďte několika slovy, jaký je jiný důvod</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>připraven</translation>
    </message>
    <message>
        <source>need and budget confirmed</source>
        <translation>potřeba a rozpočet potvrzeny</translation>
    </message>
    <message>
        <source>need confirmed</source>
        <translation>potřeba potvrzena</translation>
    </message>
    <message>
        <source>budget confirmed</source>
        <translation>rozpočet potvrzen</translation>
    </message>
    <message>
        <source>talking to the decision maker</source>
        <translation>mluvíme s tím, kdo rozhoduje</translation>
    </message>
    <message>
        <source>decision maker unknown</source>
        <translation>neví se, kdo rozhoduje</translation>
    </message>
    <message>
        <source>little interest</source>
        <translation>malý zájem</translation>
    </message>
    <message>
        <source>the conversation felt cold</source>
        <translation>rozhovor byl chladný</translation>
    </message>
    <message>
        <source>no money this period</source>
        <translation>v tomto období nejsou peníze</translation>
    </message>
    <message>
        <source>budget not confirmed</source>
        <translation>rozpočet nepotvrzen</translation>
    </message>
    <message>
        <source>no interest in our solution</source>
        <translation>žádný zájem o naše řešení</translation>
    </message>
    <message>
        <source>no need and no budget</source>
        <translation>bez potřeby a bez rozpočtu</translation>
    </message>
    <message>
        <source>need</source>
        <translation>potřeba</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>je prázdný (0 bajtů)</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>neobsahuje žádné záznamy</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>neexistuje</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>je složka, ne soubor</translation>
    </message>
    <message>
        <source>is a text table; it has no sheets</source>
        <translation>je textová tabulka; nemá listy</translation>
    </message>
    <message>
        <source>holds no rows (it is empty)</source>
        <translation>neobsahuje žádné řádky (je prázdný)</translation>
    </message>
    <message>
        <source>is not a text table (it holds binary data)</source>
        <translation>není textová tabulka (obsahuje binární data)</translation>
    </message>
    <message>
        <source>is a workbook saved with a text extension; rename it to .xlsx or .xls</source>
        <translation>je sešit uložený s textovou příponou; přejmenujte ho na .xlsx nebo .xls</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password</source>
        <translation>je chráněn heslem; uložte ho bez hesla</translation>
    </message>
    <message>
        <source>has no worksheets</source>
        <translation>nemá žádné listy</translation>
    </message>
    <message>
        <source>is a pivot table (a summary of other data), not a list of leads</source>
        <translation>je kontingenční tabulka (souhrn jiných dat), ne seznam leadů</translation>
    </message>
    <message>
        <source>is not a valid spreadsheet (damaged, truncated, password-protected, or another kind of file renamed)</source>
        <translation>není platná tabulka (poškozená, zkrácená, chráněná heslem nebo přejmenovaný jiný soubor)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>vytvořen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importován</translation>
    </message>
    <message>
        <source>accepted by sales</source>
        <translation>přijat obchodem</translation>
    </message>
    <message>
        <source>signed the order</source>
        <translation>podepsal objednávku</translation>
    </message>
    <message>
        <source>score crossed the MQL threshold</source>
        <translation>skóre překročilo práh MQL</translation>
    </message>
    <message>
        <source>score fell below the MQL threshold</source>
        <translation>skóre kleslo pod práh MQL</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them</source>
        <translation>Kvalifikační hovor: nepodařilo se zastihnout</translation>
    </message>
    <message>
        <source>The lead is already in {stage}.</source>
        <translation>Lead už je ve fázi {stage}.</translation>
    </message>
    <message>
        <source>Scores never move a lead from {current} to {target}.</source>
        <translation>Skóre nikdy nepřesune lead z fáze {current} do fáze {target}.</translation>
    </message>
    <message>
        <source>A qualification call decides for leads in SAL; this lead is in {current}. Confirm an override with a reason.</source>
        <translation>Kvalifikační hovor rozhoduje o leadech ve fázi SAL; tento lead je ve fázi {current}. Potvrďte výjimku s odůvodněním.</translation>
    </message>
    <message>
        <source>A qualification call cannot move a lead to {target}.</source>
        <translation>Kvalifikační hovor nemůže přesunout lead do fáze {target}.</translation>
    </message>
    <message>
        <source>Moving a lead from SAL to {target} is decided by a qualification call.</source>
        <translation>O přesunu leadu ze SAL do fáze {target} rozhoduje kvalifikační hovor.</translation>
    </message>
    <message>
        <source>A lead cannot move from {current} to {target}.</source>
        <translation>Lead nelze přesunout z fáze {current} do fáze {target}.</translation>
    </message>
    <message>
        <source>Cannot open {where}: {detail}</source>
        <translation>Nelze otevřít {where}: {detail}</translation>
    </message>
    <message>
        <source>Lead {lead_id} does not exist (it may have been deleted).</source>
        <translation>Lead {lead_id} neexistuje (mohl být smazán).</translation>
    </message>
    <message>
        <source>Lead {lead_id} was changed by someone else since you opened it (version {expected}, now {actual}). Reload it and apply your changes again.</source>
        <translation>Lead {lead_id} mezitím změnil někdo jiný (verze {expected}, nyní {actual}). Načtěte ho znovu a proveďte změny ještě jednou.</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} není e-mailová adresa</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} není číslo</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} není celé číslo</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} není datum</translation>
    </message>
    <message>
        <source>the answers point to &apos;{proposed}&apos;; say in one line why you chose &apos;{chosen}&apos;</source>
        <translation>odpovědi ukazují na „{proposed}“; napište jedním řádkem, proč jste zvolili „{chosen}“</translation>
    </message>
    <message>
        <source>decided with {who}</source>
        <translation>rozhoduje spolu s: {who}</translation>
    </message>
    <message>
        <source>no {what} identified yet</source>
        <translation>{what} zatím nezjištěna</translation>
    </message>
    <message>
        <source>{what} not confirmed</source>
        <translation>{what} nepotvrzena</translation>
    </message>
    <message>
        <source>no need, {why}</source>
        <translation>bez potřeby, {why}</translation>
    </message>
    <message>
        <source>holds more than {count} records</source>
        <translation>obsahuje více než {count} záznamů</translation>
    </message>
    <message>
        <source>has {count} fields; the limit is {limit}</source>
        <translation>má {count} polí; limit je {limit}</translation>
    </message>
    <message>
        <source>has {count} columns; the limit is {limit}</source>
        <translation>má {count} sloupců; limit je {limit}</translation>
    </message>
    <message>
        <source>has {count} rows; the limit is {limit}</source>
        <translation>má {count} řádků; limit je {limit}</translation>
    </message>
    <message>
        <source>has more than {count} rows; the limit is {limit}</source>
        <translation>má více než {count} řádků; limit je {limit}</translation>
    </message>
    <message>
        <source>has no sheet named {sheet}; its sheets: {names}</source>
        <translation>nemá list s názvem {sheet}; jeho listy: {names}</translation>
    </message>
    <message>
        <source>has no sheet with a list of leads: {names}; choose a sheet</source>
        <translation>nemá list se seznamem leadů: {names}; vyberte list</translation>
    </message>
    <message>
        <source>is not valid JSON ({detail})</source>
        <translation>není platný JSON ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nelze přečíst ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a table ({detail})</source>
        <translation>nelze přečíst jako tabulku ({detail})</translation>
    </message>
    <message>
        <source>is not valid {encoding} text</source>
        <translation>není platný text v kódování {encoding}</translation>
    </message>
    <message>
        <source>is {size} MiB; the limit is {limit} MiB</source>
        <translation>má {size} MiB; limit je {limit} MiB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a LeadDesk database file.</source>
        <translation>{path} je složka, ne databázový soubor LeadDesku.</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Podle: {group}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Nelze přečíst {path}: {detail}.</translation>
    </message>
    <message>
        <source>Follow up after nurturing</source>
        <extracomment>Core&apos;s agenda words, listed for lupdate (looked up in the &quot;core&quot; context by ``ui_tr``).</extracomment>
        <translation>Follow-up po nurturingu</translation>
    </message>
    <message>
        <source>Demo / sales call</source>
        <translation>Demo / obchodní hovor</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Zavolat znovu</translation>
    </message>
    <message>
        <source>a follow-up needs something to do</source>
        <translation>follow-up potřebuje, co se má udělat</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <source>Something went wrong that LeadDesk did not expect. Nothing was half-written; you can keep working. The details are in the log.</source>
        <translation>Stalo se něco, co LeadDesk nečekal. Nic nebylo zapsáno napůl; můžete pracovat dál. Podrobnosti jsou v protokolu.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopírovat podrobnosti</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Unsaved edits kept beside the board; the lead opens in its own window.</source>
        <translation>Neuložené úpravy zůstávají vedle nástěnky; lead se otevře ve vlastním okně.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Lead — {name}</source>
        <translation>Lead — {name}</translation>
    </message>
</context>
</TS>
