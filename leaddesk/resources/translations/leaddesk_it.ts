<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Qualification call: {name}</source>
        <translation>Chiamata di qualificazione: {name}</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Tentativo di chiamata</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Sposta in {stage}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>Qualification call — {name}</source>
        <extracomment>The call form is as wide for every lead (its labels wrap rather than widen it).</extracomment>
        <translation>Chiamata di qualificazione — {name}</translation>
    </message>
    <message>
        <source>This lead is in {stage}. A qualification call decides for leads in SAL; to record this call anyway, confirm an override with a reason.</source>
        <translation>Questo lead è in {stage}. La chiamata di qualificazione decide per i lead in SAL; per registrare comunque questa chiamata, conferma un&apos;eccezione con un motivo.</translation>
    </message>
    <message>
        <source>why this lead is qualified outside SAL</source>
        <translation>perché questo lead viene qualificato fuori da SAL</translation>
    </message>
    <message>
        <source>O&amp;verride reason</source>
        <translation>Moti&amp;vo dell&apos;eccezione</translation>
    </message>
    <message>
        <source>&amp;Couldn&apos;t reach them</source>
        <translation>&amp;Non raggiungibile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Your unsaved answers from the last time were restored.</source>
        <translation>Sono state ripristinate le risposte non salvate dell&apos;ultima volta.</translation>
    </message>
    <message>
        <source>Call saved: {name} → {stage}</source>
        <translation>Chiamata salvata: {name} → {stage}</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Chiamata non salvata</translation>
    </message>
    <message>
        <source>The answers of this call are not saved. Keep them as a draft?</source>
        <translation>Le risposte di questa chiamata non sono salvate. Conservarle come bozza?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Conserva bozza</translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation>&amp;Scarta risposte</translation>
    </message>
    <message>
        <source>&amp;Need identified?</source>
        <extracomment>The label of each question with its mnemonic (Alt+letter) — unique in the form.</extracomment>
        <translation>&amp;Esigenza individuata?</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgenza</translation>
    </message>
    <message>
        <source>&amp;Problem in their words</source>
        <translation>&amp;Problema con parole sue</translation>
    </message>
    <message>
        <source>&amp;Interest in our solution</source>
        <translation>&amp;Interesse per la nostra soluzione</translation>
    </message>
    <message>
        <source>&amp;Asked for / downloaded</source>
        <translation>&amp;Richiesto / scaricato</translation>
    </message>
    <message>
        <source>&amp;Budget range</source>
        <translation>Fascia di &amp;budget</translation>
    </message>
    <message>
        <source>Budget a&amp;mount</source>
        <translation>I&amp;mporto del budget</translation>
    </message>
    <message>
        <source>Mone&amp;y this period?</source>
        <translation>&amp;Fondi in questo periodo?</translation>
    </message>
    <message>
        <source>&amp;Decision maker?</source>
        <translation>&amp;Decisore?</translation>
    </message>
    <message>
        <source>&amp;Who else decides?</source>
        <translation>&amp;Chi altro decide?</translation>
    </message>
    <message>
        <source>&amp;Timing (decide / buy)</source>
        <translation>&amp;Tempi (decisione / acquisto)</translation>
    </message>
    <message>
        <source>T&amp;one (cold … warm)</source>
        <translation>T&amp;ono (freddo … caloroso)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;1 Ready → SQL</source>
        <translation>&amp;1 Pronto → SQL</translation>
    </message>
    <message>
        <source>&amp;2 Needs nurturing → Nurture</source>
        <translation>&amp;2 Da coltivare → Nurturing</translation>
    </message>
    <message>
        <source>&amp;3 Suspect → Disqualified</source>
        <translation>&amp;3 Sospetto → Squalificato</translation>
    </message>
    <message>
        <source>(no role or company)</source>
        <extracomment>Left and right column of sections, so the whole call fits on one screen.</extracomment>
        <translation>(nessun ruolo né azienda)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>nessun numero di telefono</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Score {score} · {grade} — stage {stage}</source>
        <translation>Punteggio {score} · {grade} — fase {stage}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ultime interazioni&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nessuna per ora.</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>es. 12.000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importo del budget</translation>
    </message>
    <message>
        <source>one line: why not the proposed outcome?</source>
        <extracomment>(background, text) of the proposal banner: the outcome can be read at a glance</extracomment>
        <translation>una riga: perché non l&apos;esito proposto?</translation>
    </message>
    <message>
        <source>Reason for your c&amp;hoice</source>
        <translation>Motivo della tua s&amp;celta</translation>
    </message>
    <message>
        <source>Meetin&amp;g (demo / sales call)</source>
        <translation>Incon&amp;tro (demo / chiamata commerciale)</translation>
    </message>
    <message>
        <source>which one, e.g. the pricing webinar in May</source>
        <translation>quale, es. il webinar sui prezzi di maggio</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Ricontatto il</translation>
    </message>
    <message>
        <source>He&amp;lpful content</source>
        <translation>Contenuto ut&amp;ile</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Nota sul contenuto</translation>
    </message>
    <message>
        <source>in a few words (needed for &apos;Other&apos;)</source>
        <translation>in poche parole (necessario per «Altro»)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Nota sul motivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposal: {outcome}&lt;/b&gt; — {reason}</source>
        <translation>&lt;b&gt;Proposta: {outcome}&lt;/b&gt; — {reason}</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>All&apos;avvio</translation>
    </message>
    <message>
        <source>Automatic (after changes)</source>
        <translation>Automatico (dopo modifiche)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Fatto a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Before Check database</source>
        <translation>Prima di Verifica database</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Prima di un&apos;importazione</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Prima di annullare un&apos;importazione</translation>
    </message>
    <message>
        <source>Before re-scoring</source>
        <translation>Prima di ricalcolare i punteggi</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Prima di un aggiornamento del database</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: its backups are the server&apos;s business (ask whoever runs it). To keep a copy of your leads, export them to Excel.</source>
        <translation>Questo database si trova su un server PostgreSQL: i backup sono compito del server (chiedi a chi lo gestisce). Per conservare una copia dei tuoi lead, esportali in Excel.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verifica database</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Sono stati trovati problemi.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Verifica del database…</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:{port}/{database}:</source>
        <translation>Password di {user} su {host}:{port}/{database}:</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(utente predefinito)</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Il server ha rifiutato quella password.</translation>
    </message>
    <message>
        <source>LeadDesk — database password</source>
        <translation>LeadDesk — password del database</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importazioni precedenti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nuovi lead</translation>
    </message>
    <message>
        <source>Updated leads</source>
        <translation>Lead aggiornati</translation>
    </message>
    <message>
        <source>Duplicates of stored leads (left as they are)</source>
        <translation>Duplicati di lead salvati (lasciati come sono)</translation>
    </message>
    <message>
        <source>Duplicates within the file</source>
        <translation>Duplicati all&apos;interno del file</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Righe non valide</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>moved to another stage</source>
        <translation>spostato in un&apos;altra fase</translation>
    </message>
    <message>
        <source>a call was logged</source>
        <translation>è stata registrata una chiamata</translation>
    </message>
    <message>
        <source>a note or other activity was logged</source>
        <translation>è stata registrata una nota o un&apos;altra attività</translation>
    </message>
    <message>
        <source>Import undone: {removed} lead(s) removed, {restored} restored.</source>
        <translation>Importazione annullata: lead rimossi: {removed}; ripristinati: {restored}.</translation>
    </message>
    <message>
        <source>{n} lead(s) changed since the import were kept as they are.</source>
        <translation>Lead modificati dopo l&apos;importazione e lasciati come sono: {n}.</translation>
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
        <translation>e altri {n}</translation>
    </message>
    <message>
        <source>{n} lead(s) touched since the import were kept as they are: {leads}.</source>
        <translation>Lead con modifiche o attività dopo l&apos;importazione, lasciati come sono ({n}): {leads}.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>about </source>
        <translation>circa </translation>
    </message>
    <message>
        <source>{file}: header on row {row}, {about}{count} data row(s), {cols} column(s).</source>
        <translation>{file}: intestazione alla riga {row}, righe di dati: {about}{count}, colonne: {cols}.</translation>
    </message>
    <message>
        <source>{file}: no header row, {about}{count} data row(s) in one column.</source>
        <translation>{file}: nessuna riga di intestazione, righe di dati: {about}{count} in una colonna.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns not mapped to a field are kept as custom fields unless you choose Ignore.</source>
        <translation>Verifica dove va ogni colonna. Le colonne non associate a un campo vengono conservate come campi personalizzati, a meno che tu non scelga Ignora.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va in</translation>
    </message>
    <message>
        <source>Target of column {name}</source>
        <translation>Destinazione della colonna {name}</translation>
    </message>
    <message>
        <source>Sensitive data (card numbers, passwords, ID numbers) is not imported: {columns}. Choose a field for a column only if you must keep it.</source>
        <translation>I dati sensibili (numeri di carta, password, numeri di documento) non vengono importati: {columns}. Scegli un campo per una colonna solo se devi conservarla.</translation>
    </message>
    <message>
        <source>Two columns go to {field}.</source>
        <translation>Due colonne vanno in {field}.</translation>
    </message>
    <message>
        <source>Map a column to a name, an email or a company.</source>
        <translation>Associa una colonna a un nome, un&apos;email o un&apos;azienda.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Skip them (leave stored leads as they are)</source>
        <translation>Saltale (lascia i lead salvati come sono)</translation>
    </message>
    <message>
        <source>Fill only their empty fields</source>
        <translation>Compila solo i loro campi vuoti</translation>
    </message>
    <message>
        <source>Overwrite their fields with the file&apos;s values</source>
        <translation>Sovrascrivi i loro campi con i valori del file</translation>
    </message>
    <message>
        <source>Rows matching a stored lead (same email, phone, or name and company):</source>
        <translation>Righe che corrispondono a un lead salvato (stessa email, telefono, o nome e azienda):</translation>
    </message>
    <message>
        <source>Decide from each column&apos;s values</source>
        <translation>Decidi in base ai valori di ogni colonna</translation>
    </message>
    <message>
        <source>Day first (01/09/2008 = 1 September)</source>
        <translation>Prima il giorno (01/09/2008 = 1 settembre)</translation>
    </message>
    <message>
        <source>Month first (01/09/2008 = January 9)</source>
        <translation>Prima il mese (01/09/2008 = 9 gennaio)</translation>
    </message>
    <message>
        <source>Dates like 01/09/2008:</source>
        <translation>Date come 01/09/2008:</translation>
    </message>
    <message>
        <source>e.g. Purchased list</source>
        <translation>es. Lista acquistata</translation>
    </message>
    <message>
        <source>Source channel for every row:</source>
        <translation>Canale di origine per ogni riga:</translation>
    </message>
    <message>
        <source>Campaign for every row:</source>
        <translation>Campagna per ogni riga:</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>prima il giorno</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>prima il mese</translation>
    </message>
    <message>
        <source>Read {order} when the values cannot tell (your locale&apos;s order):</source>
        <translation>Lette con {order} quando i valori non lo chiariscono (l&apos;ordine delle tue impostazioni locali):</translation>
    </message>
    <message>
        <source>{text}: day first {day}, month first {month}</source>
        <translation>{text}: prima il giorno {day}, prima il mese {month}</translation>
    </message>
    <message>
        <source>Unreadable values left empty (the lead imported; see the error workbook)</source>
        <translation>Valori illeggibili lasciati vuoti (il lead è stato importato; vedi la cartella degli errori)</translation>
    </message>
    <message>
        <source>{reason}; left empty, the lead was imported</source>
        <translation>{reason}; lasciato vuoto, il lead è stato importato</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Check what the import would do, row by row. Nothing is written.</source>
        <translation>Verifica cosa farebbe l&apos;importazione, riga per riga. Non viene scritto nulla.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Testing {file}…</source>
        <translation>Prova di {file}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Show these leads on the board</source>
        <translation>Mostra questi lead nella bacheca</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Righe rifiutate, con il motivo di ciascuna: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Non è stato importato nulla: {error}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annullato; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importa lead</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>{rate} of {stage}</source>
        <translation>{rate} di {stage}</translation>
    </message>
    <message>
        <source>Leads reaching each stage — {share} of MQLs never became SQL</source>
        <translation>Lead che raggiungono ogni fase — il {share} degli MQL non è mai diventato SQL</translation>
    </message>
    <message>
        <source>No leads in this period</source>
        <translation>Nessun lead in questo periodo</translation>
    </message>
    <message>
        <source>To SQL</source>
        <translation>A SQL</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>A cliente</translation>
    </message>
    <message>
        <source>Conversion by group (largest groups)</source>
        <translation>Conversione per gruppo (gruppi più grandi)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>80th percentile</source>
        <translation>80° percentile</translation>
    </message>
    <message>
        <source>Days in stage (visits that ended)</source>
        <translation>Giorni nella fase (permanenze concluse)</translation>
    </message>
    <message>
        <source>No lead has left a stage yet</source>
        <translation>Nessun lead ha ancora lasciato una fase</translation>
    </message>
    <message>
        <source>Qualification call outcomes per week</source>
        <translation>Esiti delle chiamate di qualificazione per settimana</translation>
    </message>
    <message>
        <source>No qualification calls in this period</source>
        <translation>Nessuna chiamata di qualificazione in questo periodo</translation>
    </message>
    <message>
        <source>By score decile (D10 = highest scores)</source>
        <translation>Per decile di punteggio (D10 = punteggi più alti)</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Per grado di idoneità</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Field or activity</source>
        <translation>Campo o attività</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Value / offer / page</source>
        <translation>Valore / offerta / pagina</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Emivita</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Finestra</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Corrispondenti</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>The most points (or, for negative points, the most penalty) the rule can give</source>
        <translation>Il massimo dei punti (o, con punti negativi, della penalità) che la regola può dare</translation>
    </message>
    <message>
        <source>Days after which an activity&apos;s points have halved; empty: they never fade</source>
        <translation>Giorni dopo i quali i punti di un&apos;attività si dimezzano; vuoto: non si riducono mai</translation>
    </message>
    <message>
        <source>Only activity of the last so many days counts; empty: all of it</source>
        <translation>Conta solo l&apos;attività degli ultimi giorni indicati; vuoto: tutta</translation>
    </message>
    <message>
        <source>Past leads with an outcome (SQL, Customer or Disqualified) the rule matched</source>
        <translation>Lead passati con un esito (SQL, Cliente o Squalificato) che soddisfano la regola</translation>
    </message>
    <message>
        <source>How many of the matched leads converted (reached SQL or Customer)</source>
        <translation>Quanti dei lead corrispondenti si sono convertiti (arrivati a SQL o Cliente)</translation>
    </message>
    <message>
        <source>Their conversion rate divided by the rate of all decided leads</source>
        <translation>Il loro tasso di conversione diviso per quello di tutti i lead decisi</translation>
    </message>
    <message>
        <source>Points the outcomes suggest for this rule</source>
        <translation>Punti che i risultati suggeriscono per questa regola</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <extracomment>the core&apos;s problem columns → the table&apos;s</extracomment>
        <translation>{value!r} non è un numero</translation>
    </message>
    <message>
        <source>points must be a number</source>
        <translation>i punti devono essere un numero</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Backtest on past outcomes</source>
        <translation>Verifica sui risultati passati</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertiti</translation>
    </message>
    <message>
        <source>Backtesting needs leads that converted (SQL, Customer) and leads that were disqualified; {n} decided so far.</source>
        <translation>La verifica richiede lead convertiti (SQL, Cliente) e lead squalificati; finora decisi: {n}.</translation>
    </message>
    <message>
        <source>ROC AUC {auc:.2f} over {n} decided leads ({rate:.0%} converted). 0.5 is a coin toss, 1.0 a perfect ranking.</source>
        <translation>ROC AUC {auc:.2f} su {n} lead decisi ({rate:.0%} convertiti). 0,5 è un lancio di moneta, 1,0 un ordinamento perfetto.</translation>
    </message>
    <message>
        <source>words: {text}</source>
        <translation>parole: {text}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagna</translation>
    </message>
    <message>
        <source>fit grade</source>
        <translation>grado di idoneità</translation>
    </message>
    <message>
        <source>import batch #{id}</source>
        <translation>lotto di importazione n. {id}</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>Imposta limite WIP…</translation>
    </message>
    <message>
        <source>Set aging limit…</source>
        <translation>Imposta limite di invecchiamento…</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Espandi</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Comprimi</translation>
    </message>
    <message>
        <source>Set follo&amp;w-up…</source>
        <translation>Pianifica &amp;follow-up…</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>Most leads {stage} should hold (0: no limit):</source>
        <translation>Numero massimo di lead che {stage} dovrebbe contenere (0: nessun limite):</translation>
    </message>
    <message>
        <source>Aging limit</source>
        <translation>Limite di invecchiamento</translation>
    </message>
    <message>
        <source>Days without an interaction before a card in {stage} turns amber (red at twice that; 0: never):</source>
        <translation>Giorni senza interazioni prima che una scheda in {stage} diventi ambra (rossa al doppio; 0: mai):</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivia {name}</translation>
    </message>
    <message>
        <source>{name} was moved meanwhile by someone else; it is now in {stage}.</source>
        <extracomment>where the board shows a lead; a move starts from there, so a lead someone else moved meanwhile is refused (saying where it is now), never moved from elsewhere</extracomment>
        <translation>Qualcun altro ha spostato {name} nel frattempo; ora è in {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to {stage}.</source>
        <translation>
            <numerusform>Spostato %n lead in {stage}.</numerusform>
            <numerusform>Spostati %n lead in {stage}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>(e %n altro rifiutato)</numerusform>
            <numerusform>(e altri %n rifiutati)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to {stage}</source>
        <translation>
            <numerusform>Sposta %n lead in {stage}</numerusform>
            <numerusform>Sposta %n lead in {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved.</source>
        <translation>Non è stato spostato nulla.</translation>
    </message>
    <message>
        <source>A lead leaves SAL for {stage} through a qualification call: drop one card at a time.</source>
        <translation>Un lead passa da SAL a {stage} tramite una chiamata di qualificazione: rilascia una scheda alla volta.</translation>
    </message>
    <message>
        <source>Archive leads</source>
        <translation>Archivia lead</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)? They leave the board; Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Archiviare %n lead? Uscirà dalla bacheca; Modifica → Annulla lo riporta indietro.</numerusform>
            <numerusform>Archiviare %n lead? Usciranno dalla bacheca; Modifica → Annulla li riporta indietro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)</source>
        <translation>
            <numerusform>Archivia %n lead</numerusform>
            <numerusform>Archivia %n lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n lead(s).</source>
        <translation>
            <numerusform>Archiviato %n lead.</numerusform>
            <numerusform>Archiviati %n lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a rep logs by hand most often, first.</extracomment>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <source>Interaction timeline</source>
        <translation>Cronologia delle interazioni</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Tipo di interazione</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation>Conversione modulo</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Email aperta</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Clic su un&apos;email</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interazione sui social</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Richiesta di contatto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Cambio di fase</translation>
    </message>
    <message>
        <source>Log an interaction: type a note, press Enter</source>
        <translation>Registra un&apos;interazione: scrivi una nota e premi Invio</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Unicode, with byte-order mark</source>
        <translation>Unicode, con byte order mark</translation>
    </message>
    <message>
        <source>Western European</source>
        <translation>Europa occidentale</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Europa centrale</translation>
    </message>
    <message>
        <source>Latin-1, Western European</source>
        <translation>Latin-1, Europa occidentale</translation>
    </message>
    <message>
        <source>Latin-2, Central European</source>
        <translation>Latin-2, Europa centrale</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored. If letters look wrong, choose another encoding.</source>
        <translation>Come è salvato il testo del file. Se le lettere appaiono sbagliate, scegli un&apos;altra codifica.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nuovo lead…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Past i&amp;mports…</source>
        <translation>I&amp;mportazioni precedenti…</translation>
    </message>
    <message>
        <source>Import &amp;activity…</source>
        <translation>Importa &amp;attività…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;pri database…</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>Impostazioni &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Qualification call…</source>
        <translation>&amp;Chiamata di qualificazione…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Bacheca</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>La &amp;mia giornata</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Scoring rules…</source>
        <translation>Regole di &amp;punteggio…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Verifica database</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;Informazioni su LeadDesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Svuota elenco</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>{count} event(s) written to {path}</source>
        <translation>Eventi scritti in {path}: {count}</translation>
    </message>
    <message>
        <source>Follow-up: {what}</source>
        <translation>Follow-up: {what}</translation>
    </message>
    <message>
        <source>Follow-up done: {what}</source>
        <translation>Follow-up fatto: {what}</translation>
    </message>
    <message>
        <source>Follow-up rescheduled: {what}</source>
        <translation>Follow-up rimandato: {what}</translation>
    </message>
    <message>
        <source>Call {n} of {total}</source>
        <translation>Chiamata {n} di {total}</translation>
    </message>
    <message>
        <source>Call session</source>
        <translation>Sessione di chiamate</translation>
    </message>
    <message>
        <source>{calls} call(s) in {minutes}:{seconds:02d}</source>
        <translation>Chiamate: {calls} in {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach: {n}</source>
        <translation>Non raggiunti: {n}</translation>
    </message>
    <message>
        <source>Still to call: {n}</source>
        <translation>Ancora da chiamare: {n}</translation>
    </message>
    <message>
        <source>{waited} d of {limit} h</source>
        <translation>{waited} g su {limit} h</translation>
    </message>
    <message>
        <source>{waited} h of {limit} h</source>
        <translation>{waited} h su {limit} h</translation>
    </message>
    <message>
        <source>Hand-over limits (marketing → sales)</source>
        <translation>Limiti di passaggio (marketing → vendite)</translation>
    </message>
    <message>
        <source>MQL → &amp;accepted, hours:</source>
        <translation>MQL → &amp;accettato, ore:</translation>
    </message>
    <message>
        <source>Accepted → &amp;called, hours:</source>
        <translation>Accettato → &amp;chiamato, ore:</translation>
    </message>
    <message>
        <source>LeadDesk — My day</source>
        <translation>LeadDesk — La mia giornata</translation>
    </message>
    <message>
        <source>header is “{words}”</source>
        <translation>l&apos;intestazione è «{words}»</translation>
    </message>
    <message>
        <source>header words “{words}”</source>
        <translation>parole dell&apos;intestazione «{words}»</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>scelto da te</translation>
    </message>
    <message>
        <source>remembered from your last import of these columns</source>
        <translation>ricordato dall&apos;ultima importazione di queste colonne</translation>
    </message>
    <message>
        <source>no field matches; kept as a custom field</source>
        <translation>nessun campo corrisponde; tenuto come campo personalizzato</translation>
    </message>
    <message>
        <source>values are email addresses</source>
        <translation>i valori sono indirizzi email</translation>
    </message>
    <message>
        <source>values are phone numbers</source>
        <translation>i valori sono numeri di telefono</translation>
    </message>
    <message>
        <source>values are web addresses</source>
        <translation>i valori sono indirizzi web</translation>
    </message>
    <message>
        <source>values are countries</source>
        <translation>i valori sono paesi</translation>
    </message>
    <message>
        <source>values are dates</source>
        <translation>i valori sono date</translation>
    </message>
    <message>
        <source>values are yes/no</source>
        <translation>i valori sono sì/no</translation>
    </message>
    <message>
        <source>values are amounts</source>
        <translation>i valori sono importi</translation>
    </message>
    <message>
        <source>values end in company legal forms (S.L., S.p.A., s.r.o., GmbH, Inc …)</source>
        <translation>i valori terminano con forme giuridiche di società (S.L., S.p.A., s.r.o., GmbH, Inc …)</translation>
    </message>
    <message>
        <source>values are job titles</source>
        <translation>i valori sono ruoli aziendali</translation>
    </message>
    <message>
        <source>sensitive: values are payment card numbers; ignored unless you choose otherwise</source>
        <translation>sensibile: i valori sono numeri di carta di pagamento; ignorato a meno che tu non scelga altrimenti</translation>
    </message>
    <message>
        <source>sensitive: header “{words}”; ignored unless you choose otherwise</source>
        <translation>sensibile: intestazione «{words}»; ignorato a meno che tu non scelga altrimenti</translation>
    </message>
    <message>
        <source>numeric references to another table, not a name or a company</source>
        <translation>riferimenti numerici a un&apos;altra tabella, non un nome né un&apos;azienda</translation>
    </message>
    <message>
        <source>values are salutations (Mr., Ms. …), not job titles</source>
        <translation>i valori sono titoli di cortesia (Sig., Sig.ra …), non ruoli</translation>
    </message>
    <message>
        <source>a full name beside first and last names; kept as a custom field</source>
        <translation>un nome completo accanto a nome e cognome; tenuto come campo personalizzato</translation>
    </message>
    <message>
        <source>computed by LeadDesk on export; not imported</source>
        <translation>calcolato da LeadDesk all&apos;esportazione; non importato</translation>
    </message>
    <message>
        <source>{words}; the header only partly matched</source>
        <translation>{words}; l&apos;intestazione corrisponde solo in parte</translation>
    </message>
    <message>
        <source>names of companies: company facts beside them and no person columns</source>
        <translation>nomi di aziende: dati aziendali accanto e nessuna colonna di persona</translation>
    </message>
    <message>
        <source>values are outcomes or stages (won, lost, customer …)</source>
        <translation>i valori sono esiti o fasi (vinto, perso, cliente …)</translation>
    </message>
    <message>
        <source>no header row: the column is named for its values</source>
        <translation>nessuna riga di intestazione: la colonna prende il nome dai suoi valori</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Pannello del lead</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today, {overdue} overdue</source>
        <translation>
            <numerusform>Follow-up per oggi: %n, in ritardo: {overdue}</numerusform>
            <numerusform>Follow-up per oggi: %n, in ritardo: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>chiamate da fare: %n</numerusform>
            <numerusform>chiamate da fare: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today</source>
        <translation>
            <numerusform>riunioni oggi: %n</numerusform>
            <numerusform>riunioni oggi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The currency symbol money is shown with; empty = the locale&apos;s own currency.</extracomment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Activity exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Esportazioni di attività (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importa attività</translation>
    </message>
    <message>
        <source>Import activity — {file}</source>
        <translation>Importa attività — {file}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Backup automatico non riuscito: {error}</translation>
    </message>
</context>
<context>
    <name>BackupLeadsDialog</name>
    <message>
        <source>Backup from {when} (read-only)</source>
        <translation>Backup del {when} (sola lettura)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in {file}. Nothing here can be changed.</source>
        <translation>
            <numerusform>%n lead in {file}. Qui non si può modificare nulla.</numerusform>
            <numerusform>%n lead in {file}. Qui non si può modificare nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
</context>
<context>
    <name>BackupLeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Esegui backup ora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Apri in sola lettura</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Cambia &amp;cartella…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}
Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks. Made on start, every 30 minutes while you work, and before imports and other big changes.</source>
        <translation>I backup sono conservati in {folder}
Conservati: gli ultimi {last}, uno al giorno per {days} giorni, uno a settimana per {weeks} settimane. Creati all&apos;avvio, ogni 30 minuti mentre lavori e prima di importazioni e altre modifiche importanti.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lettura dei backup…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>Replace all the data in this database with the backup from {when}?

LeadDesk first backs up the data as it is now, so you can go back.</source>
        <translation>Sostituire tutti i dati di questo database con il backup del {when}?

LeadDesk prima esegue un backup dei dati così come sono ora, per poter tornare indietro.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Backup ripristinato.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Lettura del backup…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Cartella dei backup</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>late</source>
        <comment>past the hand-over limit</comment>
        <translation>in ritardo</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days since the last interaction</comment>
        <translation>
            <numerusform>%n g</numerusform>
            <numerusform>%n g</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this lead</source>
        <extracomment>a soft amber that reads on light and dark palettes alike</extracomment>
        <translation>Qualcun altro ha modificato questo lead</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Questo lead</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else while you were editing it (saved at {when}; it is now in {stage}). You both changed {count} field(s): choose whose values to keep.&lt;br&gt;&lt;b&gt;Keep theirs&lt;/b&gt; leaves their values in these fields. &lt;b&gt;Reapply mine&lt;/b&gt; saves yours over them. Either way, your other changes are saved and theirs are kept.</source>
        <translation>Qualcun altro ha modificato &lt;b&gt;{name}&lt;/b&gt; mentre lo stavi modificando (salvato il {when}; ora è in {stage}). Avete modificato entrambi questi campi ({count}): scegli quali valori tenere.&lt;br&gt;&lt;b&gt;Mantieni le loro&lt;/b&gt; lascia i loro valori in questi campi. &lt;b&gt;Riapplica le mie&lt;/b&gt; salva i tuoi al loro posto. In ogni caso le tue altre modifiche vengono salvate e le loro restano.</translation>
    </message>
    <message>
        <source>Merged without asking: yours: {mine}; theirs: {theirs}.</source>
        <translation>Unito senza chiedere: tue: {mine}; loro: {theirs}.</translation>
    </message>
    <message>
        <source>The fields you both changed</source>
        <translation>I campi modificati da entrambi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>La tua versione</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Versione salvata</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantieni le &amp;loro</translation>
    </message>
    <message>
        <source>Reapply &amp;mine</source>
        <translation>Riapplica le &amp;mie</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <extracomment>how often a copy on a shared database asks what others changed retries after a lost connection wait longer each time, up to this</extracomment>
        <translation>Riprova ora</translation>
    </message>
    <message>
        <source>Connection to the database lost — retrying in {seconds} s. Your unsaved edits stay where they are; nothing was half-written.</source>
        <translation>Connessione al database persa: nuovo tentativo tra {seconds} s. Le modifiche non salvate restano dove sono; nulla è stato scritto a metà.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings</source>
        <translation>Impostazioni database</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>Un file su questo computer (SQLite)</translation>
    </message>
    <message>
        <source>A shared server (PostgreSQL)</source>
        <translation>Un server condiviso (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Conserva la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>No system keyring here: LeadDesk asks for the password at start.</source>
        <translation>Nessun portachiavi di sistema: LeadDesk chiede la password all&apos;avvio.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>&amp;Move my data to the server</source>
        <translation>&amp;Sposta i miei dati sul server</translation>
    </message>
    <message>
        <source>&amp;Copy the server&apos;s data into this file</source>
        <translation>&amp;Copia i dati del server in questo file</translation>
    </message>
    <message>
        <source>Copies every lead, interaction and stage change of the database open now into the empty database chosen here, all or nothing, and checks the counts.</source>
        <translation>Copia ogni lead, interazione e cambio di fase del database aperto nel database vuoto scelto qui, tutto o niente, e verifica i conteggi.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database LeadDesk (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Connected to {where}: empty; LeadDesk creates its tables on first use.</source>
        <translation>Connesso a {where}: vuoto; LeadDesk crea le sue tabelle al primo utilizzo.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads; LeadDesk will upgrade the tables on first use.</source>
        <translation>Connesso a {where}: {count} lead; LeadDesk aggiornerà le tabelle al primo utilizzo.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads.</source>
        <translation>Connesso a {where}: {count} lead.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copia in corso…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Annullato; non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>Copying your data…</source>
        <translation>Copia dei tuoi dati…</translation>
    </message>
    <message>
        <source>Copied {leads} leads ({rows} rows in {tables} tables) to {target}; the counts match. Press OK to work there from now on.</source>
        <translation>Copiati {leads} lead ({rows} righe in {tables} tabelle) in {target}; i conteggi corrispondono. Premi OK per lavorare lì da ora in poi.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Esporta lead</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message numerus="yes">
        <source>All leads (%n)</source>
        <translation>
            <numerusform>Tutti i lead (%n)</numerusform>
            <numerusform>Tutti i lead (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter</source>
        <translation>Lead che corrispondono al filtro della bacheca</translation>
    </message>
    <message numerus="yes">
        <source>Selected cards (%n)</source>
        <translation>
            <numerusform>Scheda selezionata (%n)</numerusform>
            <numerusform>Schede selezionate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter (no filter set)</source>
        <translation>Lead che corrispondono al filtro della bacheca (nessun filtro)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): leads, interactions, stage history and funnel</source>
        <translation>Cartella di lavoro Excel (.xlsx): lead, interazioni, cronologia delle fasi e funnel</translation>
    </message>
    <message>
        <source>CSV (.csv): the leads table only</source>
        <translation>CSV (.csv): solo la tabella dei lead</translation>
    </message>
    <message>
        <source>The “LeadDesk ID” column lets an edited file be imported again as updates to the same leads.</source>
        <translation>La colonna «LeadDesk ID» permette di reimportare un file modificato come aggiornamento degli stessi lead.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Esportazione dei lead…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to {path}</source>
        <translation>
            <numerusform>Esportato %n lead in {path}</numerusform>
            <numerusform>Esportati %n lead in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <source>Sheets: Leads, Interactions, Stage history, Funnel. Keep the “LeadDesk ID” column: importing the edited file updates these leads.</source>
        <translation>Fogli: Lead, Interazioni, Cronologia fasi, Funnel. Conserva la colonna «LeadDesk ID»: importando il file modificato si aggiornano questi lead.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Custom fields</source>
        <translation>Campi personalizzati</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Aggiungi campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Rimuovi campo</translation>
    </message>
    <message>
        <source>A date: {example}</source>
        <translation>Una data: {example}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: name, company, email, any field (Ctrl+F)</source>
        <translation>Filtro: nome, azienda, email, qualsiasi campo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Filtra la bacheca</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Qualsiasi campagna</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Any import</source>
        <translation>Qualsiasi importazione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Qualsiasi grado</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Grado {grade}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Miei</translation>
    </message>
    <message>
        <source>Only leads I own ({actor})</source>
        <translation>Solo i lead di cui sono responsabile ({actor})</translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation>Ordina le schede per</translation>
    </message>
    <message>
        <source>Sort by score</source>
        <translation>Ordina per punteggio</translation>
    </message>
    <message>
        <source>Sort by age</source>
        <translation>Ordina per anzianità</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordina per nome</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation>Benvenuto in LeadDesk</translation>
    </message>
    <message>
        <source>This database has no leads yet. Start with one of these:</source>
        <translation>Questo database non ha ancora lead. Inizia con una di queste opzioni:</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importa un foglio di calcolo…</translation>
    </message>
    <message>
        <source>Excel, OpenDocument or CSV: the columns are recognised for you.</source>
        <translation>Excel, OpenDocument o CSV: le colonne vengono riconosciute da sole.</translation>
    </message>
    <message>
        <source>Open the demo pipeline</source>
        <translation>Apri la pipeline dimostrativa</translation>
    </message>
    <message>
        <source>500 made-up leads in a separate database, to try everything safely.</source>
        <translation>500 lead inventati in un database a parte, per provare tutto senza rischi.</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Connetti a un server del team…</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared PostgreSQL database.</source>
        <translation>Lavora sul database PostgreSQL condiviso del tuo team.</translation>
    </message>
    <message>
        <source>How a lead travels</source>
        <translation>Il percorso di un lead</translation>
    </message>
    <message>
        <source>You can also drop a spreadsheet anywhere on this window.</source>
        <translation>Puoi anche trascinare un foglio di calcolo in qualsiasi punto di questa finestra.</translation>
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
        <translation>ad es. inviare il listino, chiedere chi altro decide</translation>
    </message>
    <message>
        <source>optional: the content to send</source>
        <translation>facoltativo: il contenuto da inviare</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Cosa fare</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>C&amp;ontenuto</translation>
    </message>
    <message>
        <source>Follow-up set for {date}</source>
        <translation>Follow-up pianificato per il {date}</translation>
    </message>
</context>
<context>
    <name>HandOverTab</name>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Per responsabile</translation>
    </message>
    <message>
        <source>By month of acceptance</source>
        <translation>Per mese di accettazione</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettati</translation>
    </message>
    <message>
        <source>Median MQL → SAL (h)</source>
        <translation>Mediana MQL → SAL (h)</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>Entro il limite</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Chiamati</translation>
    </message>
    <message>
        <source>Median SAL → call (h)</source>
        <translation>Mediana SAL → chiamata (h)</translation>
    </message>
    <message>
        <source>Each acceptance (entry into SAL): the wait since the lead became an MQL, and until its first call or call attempt. Limits: {mql} h and {call} h.</source>
        <translation>Ogni accettazione (ingresso in SAL): l&apos;attesa da quando il lead è diventato MQL e fino alla prima chiamata o tentativo di chiamata. Limiti: {mql} h e {call} h.</translation>
    </message>
    <message>
        <source>The hand-over figures could not be computed: {error}</source>
        <translation>Non è stato possibile calcolare i dati di passaggio: {error}</translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Qualification call…</source>
        <extracomment>saves in a row that may each meet a newer save by someone else before giving up</extracomment>
        <translation>Chiamata di qualificazione…</translation>
    </message>
    <message>
        <source>Follow-&amp;up…</source>
        <translation>Follow-&amp;up…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>score {score} · {grade}</source>
        <translation>punteggio {score} · {grade}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Questo lead non esiste più.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Salvato {name}.</translation>
    </message>
    <message>
        <source>Saved {name}, merged with changes someone else made meanwhile.</source>
        <translation>Salvato {name}, unito alle modifiche fatte nel frattempo da qualcun altro.</translation>
    </message>
    <message>
        <source>Not saved: this lead was changed elsewhere since you opened it. Your edits are still here; Revert shows the current values.</source>
        <translation>Non salvato: questo lead è stato modificato altrove da quando l&apos;hai aperto. Le tue modifiche sono ancora qui; Ripristina mostra i valori attuali.</translation>
    </message>
</context>
<context>
    <name>LifecyclePicture</name>
    <message>
        <source>The lead lifecycle</source>
        <extracomment>the funnel, left to right, and the two side stages drawn under it</extracomment>
        <translation>Il ciclo di vita del lead</translation>
    </message>
    <message>
        <source>{lead} → {mql} (the score reaches the threshold) → {sal} (sales accepts) → {sql} (a qualification call) → {customer}; on the way, {nurture} (not yet) or {disq} (not a fit).</source>
        <translation>{lead} → {mql} (il punteggio raggiunge la soglia) → {sal} (le vendite lo accettano) → {sql} (una chiamata di qualificazione) → {customer}; lungo il percorso, {nurture} (non ancora) o {disq} (non adatto).</translation>
    </message>
    <message>
        <source>score</source>
        <translation>punteggio</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <source>call</source>
        <translation>chiamata</translation>
    </message>
    <message>
        <source>won</source>
        <translation>vinto</translation>
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
        <translation>Seleziona un lead per vederne i dettagli.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n lead</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead in SAL first.</source>
        <translation>Seleziona prima un lead in SAL.</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Seleziona prima un lead.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database LeadDesk (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation>Informazioni su LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk {version}
Offline lead qualification for small sales teams.

Database: {db}
Logs: {logs}</source>
        <translation>LeadDesk {version}
Qualificazione dei lead offline per piccoli team di vendita.

Database: {db}
Log: {logs}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lead(s)</source>
        <translation>
            <numerusform>{shown} di %n lead</numerusform>
            <numerusform>{shown} di %n lead</numerusform>
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
        <translation>Azienda</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>When / wait</source>
        <translation>Quando / attesa</translation>
    </message>
    <message>
        <source>Enter opens the lead (on a call: the qualification call). On a follow-up: D done, R tomorrow, W in a week.</source>
        <translation>Invio apre il lead (su una chiamata: la chiamata di qualificazione). Su un follow-up: D fatto, R domani, W tra una settimana.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Start calling</source>
        <translation>&amp;Inizia a chiamare</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;sporta calendario…</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Io ({name})</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation>La mia giornata — {date}</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Chiamate da fare</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-up in ritardo</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Follow-up di oggi</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Follow-up di questa settimana</translation>
    </message>
    <message>
        <source>MQLs waiting for sales</source>
        <translation>MQL in attesa delle vendite</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Riunioni oggi</translation>
    </message>
    <message>
        <source>Meetings tomorrow</source>
        <translation>Riunioni domani</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>punteggio {score}</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>oltre il limite</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nuovo lead</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening {database}…</source>
        <translation>Apertura di {database}…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language applies when LeadDesk is restarted.</source>
        <translation>La nuova lingua si applica al riavvio di LeadDesk.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspetto:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>Recorded as the owner of what you create and change.</source>
        <translation>Registrato come responsabile di ciò che crei e modifichi.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>Squalifica</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n lead(s) disqualified?</source>
        <translation>
            <numerusform>Perché %n lead è squalificato?</numerusform>
            <numerusform>Perché questi %n lead sono squalificati?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. a student, a competitor, only wanted the download, bad data</source>
        <translation>ad es. uno studente, un concorrente, voleva solo il download, dati errati</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>Report table</source>
        <translation>Tabella del report</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Esporta in Excel…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Salva grafico come PNG…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <extracomment>The width of the owner, source, campaign and batch boxes, in characters. emitted when a computation&apos;s results are on screen</extracomment>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Per gruppo</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tempo nella fase</translation>
    </message>
    <message>
        <source>Qualification calls</source>
        <translation>Chiamate di qualificazione</translation>
    </message>
    <message>
        <source>Score quality</source>
        <translation>Qualità del punteggio</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Canale di origine</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Import batch (purchased list)</source>
        <translation>Lotto di importazione (lista acquistata)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Dividi per:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>Leads created:</source>
        <translation>Lead creati:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabile:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagna:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lotto:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Reports are not available for this database.</source>
        <translation>I report non sono disponibili per questo database.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo…</translation>
    </message>
    <message>
        <source>Computing the reports…</source>
        <translation>Calcolo dei report…</translation>
    </message>
    <message>
        <source>The reports could not be computed.</source>
        <translation>Impossibile calcolare i report.</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>{leads} leads created in {period}. Calls and disqualifications are those dated in the period.</source>
        <translation>{leads} lead creati in {period}. Chiamate e squalifiche sono quelle datate nel periodo.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato {path}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RulesAnalysis</name>
    <message>
        <source>{total} leads, scored under these rules. Edit a rule to see what the change would do.</source>
        <translation>{total} lead, valutati con queste regole. Modifica una regola per vedere cosa farebbe la modifica.</translation>
    </message>
    <message>
        <source>This change rescores {n} of {total} leads: {into} move into MQL, {out} out.</source>
        <translation>Questa modifica ricalcola {n} lead su {total}: {into} entrano in MQL, {out} escono.</translation>
    </message>
    <message>
        <source>Suggested {n} rules from {learn} decided leads; on the other {hold} they reach ROC AUC {auc}. Review them, then Save.</source>
        <translation>Suggerite {n} regole da {learn} lead decisi; sugli altri {hold} raggiungono un ROC AUC di {auc}. Controllale, poi salva.</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>Updating scores as old activity fades…</source>
        <extracomment>First look a while after the window opens, so that opening stays quick; then hourly.</extracomment>
        <translation>Aggiornamento dei punteggi mentre l&apos;attività vecchia perde peso…</translation>
    </message>
    <message>
        <source>Change scoring rules</source>
        <translation>Modifica le regole di punteggio</translation>
    </message>
    <message>
        <source>Rescoring leads…</source>
        <translation>Ricalcolo dei punteggi…</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Scoring rules</source>
        <translation>Le regole di punteggio</translation>
    </message>
    <message>
        <source>Reading leads…</source>
        <translation>Lettura dei lead…</translation>
    </message>
    <message>
        <source>Fit rule (a field)</source>
        <translation>Regola di idoneità (un campo)</translation>
    </message>
    <message>
        <source>Engagement rule (an activity)</source>
        <translation>Regola di coinvolgimento (un&apos;attività)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Su&amp;ggest from outcomes</source>
        <translation>Su&amp;ggerisci dai risultati</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Ripristina predefiniti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Thresholds and grades</source>
        <translation>Soglie e gradi</translation>
    </message>
    <message>
        <source>Recycle MQLs to Nurture</source>
        <translation>Riporta gli MQL in Nurturing</translation>
    </message>
    <message>
        <source>An MQL whose score falls below the threshold minus the margin goes back to Nurture</source>
        <translation>Un MQL il cui punteggio scende sotto la soglia meno il margine torna in Nurturing</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Soglia MQL</translation>
    </message>
    <message>
        <source>Margin (against flapping)</source>
        <translation>Margine (contro le oscillazioni)</translation>
    </message>
    <message>
        <source>Grade {grade} from fit</source>
        <translation>Grado {grade} da idoneità</translation>
    </message>
    <message>
        <source>Grade boundaries must fall from A to C.</source>
        <translation>I limiti dei gradi devono scendere da A a C.</translation>
    </message>
    <message>
        <source>Rule {row}, {column}: {message}</source>
        <translation>Regola {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>New fit rule</source>
        <translation>Nuova regola di idoneità</translation>
    </message>
    <message>
        <source>New engagement rule</source>
        <translation>Nuova regola di coinvolgimento</translation>
    </message>
    <message>
        <source>Save your changes to the scoring rules?</source>
        <translation>Salvare le modifiche alle regole di punteggio?</translation>
    </message>
    <message>
        <source>Your changes to the scoring rules have problems and cannot be saved.</source>
        <translation>Le modifiche alle regole di punteggio contengono errori e non si possono salvare.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>No scoring rules yet.</source>
        <translation>Ancora nessuna regola di punteggio.</translation>
    </message>
    <message>
        <source>Score {score} · grade {grade}</source>
        <translation>Punteggio {score} · grado {grade}</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} (fit {fit}, engagement {engagement})</source>
        <translation>Totale {total} · grado {grade} (idoneità {fit}, coinvolgimento {engagement})</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Idoneità</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Coinvolgimento</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>An action&apos;s name for the shortcuts list when its menu text changes (Undo says what it undoes, the dock&apos;s toggle is named after the lead shown): set with ``setProperty``.</extracomment>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>Select the card in the next column</source>
        <translation>Selezionare la scheda nella colonna accanto</translation>
    </message>
    <message>
        <source>Select the card above or below</source>
        <translation>Selezionare la scheda sopra o sotto</translation>
    </message>
    <message>
        <source>Move the selected leads to the next stage</source>
        <translation>Spostare i lead selezionati alla fase successiva</translation>
    </message>
    <message>
        <source>Move the selected leads to the previous stage</source>
        <translation>Spostare i lead selezionati alla fase precedente</translation>
    </message>
    <message>
        <source>Show the lead in the side panel</source>
        <translation>Mostrare il lead nel pannello laterale</translation>
    </message>
    <message>
        <source>or a click</source>
        <translation>o un clic</translation>
    </message>
    <message>
        <source>Open the lead in its own window</source>
        <translation>Aprire il lead in una finestra propria</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppio clic</translation>
    </message>
    <message>
        <source>Archive the selected leads</source>
        <translation>Archiviare i lead selezionati</translation>
    </message>
    <message>
        <source>Move leads to another stage</source>
        <translation>Spostare i lead in un&apos;altra fase</translation>
    </message>
    <message>
        <source>Drag the cards</source>
        <translation>Trascinare le schede</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Collapse or expand this column</source>
        <extracomment>Seven columns and the side panel fit a 1366-pixel laptop screen.</extracomment>
        <translation>Comprimi o espandi questa colonna</translation>
    </message>
    <message>
        <source>Collapse {stage}</source>
        <translation>Comprimi {stage}</translation>
    </message>
    <message>
        <source>{stage} leads</source>
        <translation>Lead in {stage}</translation>
    </message>
    <message>
        <source>Over the WIP limit of {limit}</source>
        <translation>Oltre il limite WIP di {limit}</translation>
    </message>
    <message>
        <source>Budget …</source>
        <translation>Budget: …</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Budget: {amount}</translation>
    </message>
</context>
<context>
    <name>StageHistoryTable</name>
    <message>
        <source>From → to</source>
        <translation>Da → a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>Score {score}, grade {grade}.</source>
        <extracomment>Fetch card summaries this many rows at a time: one small query per screenful. Forget cached cards beyond this many (a column scrolled end to end stays small). hours a lead may wait in this stage by the hand-over agreement (None: no limit)</extracomment>
        <translation>Punteggio {score}, grado {grade}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last interaction.</source>
        <translation>
            <numerusform>%n giorno dall&apos;ultima interazione.</numerusform>
            <numerusform>%n giorni dall&apos;ultima interazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting stale.</source>
        <translation>Sta diventando inattivo.</translation>
    </message>
    <message>
        <source>Stale.</source>
        <translation>Inattivo.</translation>
    </message>
    <message>
        <source>Past the hand-over limit.</source>
        <translation>Oltre il limite di passaggio.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest rules from outcomes</source>
        <translation>Suggerisci regole dai risultati</translation>
    </message>
    <message>
        <source>Learn again</source>
        <translation>Impara di nuovo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Attuale</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggerita</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Soglia MQL</translation>
    </message>
    <message>
        <source>Leads that become MQL</source>
        <translation>Lead che diventano MQL</translation>
    </message>
    <message>
        <source>Won they hold</source>
        <translation>Vinti che includono</translation>
    </message>
    <message>
        <source>Learn from these fields:</source>
        <translation>Impara da questi campi:</translation>
    </message>
    <message>
        <source>Learning rules from past outcomes…</source>
        <translation>Apprendimento delle regole dai risultati passati…</translation>
    </message>
    <message>
        <source>alone separates won from lost almost perfectly (ROC AUC {auc})</source>
        <translation>da solo separa vinti e persi quasi perfettamente (ROC AUC {auc})</translation>
    </message>
    <message>
        <source>Learnt from {learn} decided leads. On the other {hold}, which it did not learn from, ROC AUC: current rules {current}, suggested rules {suggested}.</source>
        <translation>Appreso da {learn} lead decisi. Sugli altri {hold}, da cui non ha appreso, ROC AUC: regole attuali {current}, regole suggerite {suggested}.</translation>
    </message>
    <message>
        <source>Only {n} decided leads: too few to trust these figures; the suggestion is kept small.</source>
        <translation>Solo {n} lead decisi: troppo pochi per fidarsi di queste cifre; il suggerimento resta piccolo.</translation>
    </message>
    <message>
        <source>{field} — looks like an outcome</source>
        <translation>{field} — sembra un esito</translation>
    </message>
    <message>
        <source>filled after the outcome: on {share} of the decided leads that have it, its history shows it was set after their last stage change</source>
        <translation>compilato dopo l&apos;esito: nel {share} dei lead decisi che lo hanno, la sua cronologia mostra che è stato impostato dopo il loro ultimo cambio di fase</translation>
    </message>
    <message>
        <source>Fields that look like outcomes, left out unless ticked:</source>
        <translation>Campi che sembrano esiti, esclusi se non spuntati:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificata</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimossa</translation>
    </message>
    <message>
        <source>{points} (suggested)</source>
        <translation>{points} (suggerito)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Connection restored.</source>
        <translation>Connessione ripristinata.</translation>
    </message>
    <message>
        <source>Could not check for others&apos; changes: {error}</source>
        <translation>Impossibile verificare le modifiche degli altri: {error}</translation>
    </message>
</context>
<context>
    <name>_ColumnsPage</name>
    <message>
        <source>Email (who)</source>
        <translation>Email (chi)</translation>
    </message>
    <message>
        <source>LeadDesk ID (who)</source>
        <translation>ID LeadDesk (chi)</translation>
    </message>
    <message>
        <source>The tool&apos;s person id (who, via a people file)</source>
        <translation>ID persona dello strumento (chi, tramite un file di persone)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Detail (page, link, form)</source>
        <translation>Dettaglio (pagina, link, modulo)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Number of opens</source>
        <translation>Numero di aperture</translation>
    </message>
    <message>
        <source>Number of clicks</source>
        <translation>Numero di clic</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Numero di visite</translation>
    </message>
    <message>
        <source>Number of form submissions</source>
        <translation>Numero di moduli inviati</translation>
    </message>
    <message>
        <source>First name (for new leads)</source>
        <translation>Nome (per i nuovi lead)</translation>
    </message>
    <message>
        <source>Last name (for new leads)</source>
        <translation>Cognome (per i nuovi lead)</translation>
    </message>
    <message>
        <source>Company (for new leads)</source>
        <translation>Azienda (per i nuovi lead)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>What each column says</source>
        <translation>Cosa dice ogni colonna</translation>
    </message>
    <message>
        <source>Who (email), when, what happened, and details. Files with counts (opens, clicks) give one interaction per count.</source>
        <translation>Chi (email), quando, cosa è successo e dettagli. I file con conteggi (aperture, clic) danno un&apos;interazione per ogni unità.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Meaning of column {name}</source>
        <translation>Significato della colonna {name}</translation>
    </message>
    <message>
        <source>(from the &apos;what&apos; column)</source>
        <translation>(dalla colonna «cosa»)</translation>
    </message>
    <message>
        <source>The file has no dates; these events happened on:</source>
        <translation>Il file non ha date; questi eventi sono avvenuti il:</translation>
    </message>
    <message>
        <source>&amp;People file…</source>
        <translation>File di &amp;persone…</translation>
    </message>
    <message>
        <source>A members or contacts export that says whose each id is</source>
        <translation>Un&apos;esportazione di membri o contatti che indica di chi è ogni ID</translation>
    </message>
    <message>
        <source>Every row is</source>
        <translation>Ogni riga è</translation>
    </message>
    <message>
        <source>People file</source>
        <translation>File di persone</translation>
    </message>
    <message>
        <source>(row order: id 1 is the first person)</source>
        <translation>(ordine delle righe: l&apos;ID 1 è la prima persona)</translation>
    </message>
    <message>
        <source>Which column holds the id?</source>
        <translation>Quale colonna contiene l&apos;ID?</translation>
    </message>
    <message>
        <source>{count} people from {file}</source>
        <translation>{count} persone da {file}</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The file as read</source>
        <translation>Il file così come è stato letto</translation>
    </message>
    <message>
        <source>{file}{where}: header on row {row}, {count} columns.</source>
        <translation>{file}{where}: intestazione alla riga {row}, {count} colonne.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Test and import</source>
        <translation>Prova e importa</translation>
    </message>
    <message>
        <source>Create a lead for people who are not leads yet</source>
        <translation>Crea un lead per le persone che non sono ancora lead</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Website form</source>
        <translation>es. Newsletter, Modulo del sito</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annulla questa importazione</translation>
    </message>
    <message>
        <source>Source channel of new leads</source>
        <translation>Canale di origine dei nuovi lead</translation>
    </message>
    <message>
        <source>Rejected rows: {path}</source>
        <translation>Righe rifiutate: {path}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annullato; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>_ValuesPage</name>
    <message>
        <source>What each event means</source>
        <translation>Cosa significa ogni evento</translation>
    </message>
    <message>
        <source>LeadDesk guessed the meaning of the tool&apos;s words; correct any that are wrong.</source>
        <translation>LeadDesk ha dedotto il significato delle parole dello strumento; correggi quelle sbagliate.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>(not an interaction)</source>
        <translation>(non è un&apos;interazione)</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Squalificato</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Dimensione dell&apos;azienda</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Canale di origine</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Stato dell&apos;email</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation>Conversione da modulo</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Apertura email</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Clic su email</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Richiesta di contatto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Tentativo di chiamata</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>form conversion</source>
        <translation>conversione da modulo</translation>
    </message>
    <message>
        <source>email open</source>
        <translation>apertura email</translation>
    </message>
    <message>
        <source>email click</source>
        <translation>clic su email</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>contact request</source>
        <translation>richiesta di contatto</translation>
    </message>
    <message>
        <source>call</source>
        <translation>chiamata</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>tentativo di chiamata</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>incontro</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
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
        <translation>webinar</translation>
    </message>
    <message>
        <source>pricing page</source>
        <translation>pagina dei prezzi</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>prova gratuita</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>richiesta di demo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>ready for a demo / sales call</source>
        <translation>pronto per una demo / chiamata commerciale</translation>
    </message>
    <message>
        <source>needs nurturing</source>
        <translation>da coltivare</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>sospetto</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Nessuna esigenza</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Nessun budget</translation>
    </message>
    <message>
        <source>Student or researcher</source>
        <translation>Studente o ricercatore</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Wrong contact data</source>
        <translation>Dati di contatto errati</translation>
    </message>
    <message>
        <source>Only wanted the download</source>
        <translation>Voleva solo il download</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>White paper</source>
        <translation>White paper</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Pricing page</source>
        <translation>Pagina dei prezzi</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Prova gratuita</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Richiesta di demo</translation>
    </message>
    <message>
        <source>Other content</source>
        <translation>Altro contenuto</translation>
    </message>
    <message>
        <source>decides within a month</source>
        <translation>decide entro un mese</translation>
    </message>
    <message>
        <source>decides within 3 months</source>
        <translation>decide entro 3 mesi</translation>
    </message>
    <message>
        <source>decides in 6 months at the earliest</source>
        <translation>decide tra 6 mesi al più presto</translation>
    </message>
    <message>
        <source>decides within a year at the earliest</source>
        <translation>decide entro un anno al più presto</translation>
    </message>
    <message>
        <source>no plan to buy</source>
        <translation>nessun piano di acquisto</translation>
    </message>
    <message>
        <source>timing unknown</source>
        <translation>tempi sconosciuti</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Esigenza</translation>
    </message>
    <message>
        <source>Is there an identified need?</source>
        <translation>C&apos;è un&apos;esigenza individuata?</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificata</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>Quanto è urgente?</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgenza</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>The problem in their words</source>
        <translation>Il problema con parole sue</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>How interested in our solution?</source>
        <translation>Quanto è interessato alla nostra soluzione?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>What they downloaded or asked for</source>
        <translation>Cosa ha scaricato o richiesto</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>ha chiesto</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Budget range</source>
        <translation>Fascia di budget</translation>
    </message>
    <message>
        <source>range</source>
        <translation>fascia</translation>
    </message>
    <message>
        <source>Under 5,000</source>
        <translation>Meno di 5000</translation>
    </message>
    <message>
        <source>5,000 to 20,000</source>
        <translation>Da 5000 a 20.000</translation>
    </message>
    <message>
        <source>20,000 to 100,000</source>
        <translation>Da 20.000 a 100.000</translation>
    </message>
    <message>
        <source>Over 100,000</source>
        <translation>Oltre 100.000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importo del budget</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <source>Money available this period?</source>
        <translation>Fondi disponibili in questo periodo?</translation>
    </message>
    <message>
        <source>money this period</source>
        <translation>fondi in questo periodo</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>Is this the decision maker?</source>
        <translation>È il decisore?</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>decide</translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation>Chi altro decide?</translation>
    </message>
    <message>
        <source>also decides</source>
        <translation>decide anche</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempi</translation>
    </message>
    <message>
        <source>When would they decide or buy?</source>
        <translation>Quando deciderebbe o acquisterebbe?</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>Entro un mese</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>Entro 3 mesi</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>Entro 6 mesi</translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation>Entro un anno</translation>
    </message>
    <message>
        <source>No plan to buy</source>
        <translation>Nessun piano di acquisto</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>How did the conversation feel?</source>
        <translation>Che impressione ha dato la conversazione?</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Distaccato</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Cordiale</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Caloroso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>LeadDesk ID</source>
        <translation>ID LeadDesk</translation>
    </message>
    <message>
        <source>Is a company (flag)</source>
        <translation>È un&apos;azienda (indicatore)</translation>
    </message>
    <message>
        <source>Outcome or stage</source>
        <translation>Esito o fase</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizzato</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>any visit</source>
        <translation>qualsiasi visita</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>prima visita</translation>
    </message>
    <message>
        <source>repeat visit</source>
        <translation>visita ripetuta</translation>
    </message>
    <message>
        <source>email opened</source>
        <translation>email aperta</translation>
    </message>
    <message>
        <source>email clicked</source>
        <translation>clic su email</translation>
    </message>
    <message>
        <source>social engagement</source>
        <translation>coinvolgimento social</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>è uguale a</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>è diverso da</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>inizia con</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>è uno tra</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>è compreso tra</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>è maggiore di</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>è minore di</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>non è vuoto</translation>
    </message>
    <message>
        <source>email domain is free-mail</source>
        <translation>il dominio email è gratuito</translation>
    </message>
    <message>
        <source>email domain is one of</source>
        <translation>il dominio email è uno tra</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decide l&apos;acquisto</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>Company of 10 to 500 people</source>
        <translation>Azienda da 10 a 500 persone</translation>
    </message>
    <message>
        <source>Budget over 1,000</source>
        <translation>Budget oltre 1000</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Indirizzo email gratuito</translation>
    </message>
    <message>
        <source>Unsubscribed from email</source>
        <translation>Disiscritto dalle email</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Prima visita</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Visita ripetuta</translation>
    </message>
    <message>
        <source>Visited the pricing page</source>
        <translation>Ha visitato la pagina dei prezzi</translation>
    </message>
    <message>
        <source>Downloaded a white paper</source>
        <translation>Ha scaricato un white paper</translation>
    </message>
    <message>
        <source>Joined a webinar</source>
        <translation>Ha partecipato a un webinar</translation>
    </message>
    <message>
        <source>Pricing guide</source>
        <translation>Guida ai prezzi</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Email aperta</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Clic su un&apos;email</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interazione sui social</translation>
    </message>
    <message>
        <source>Asked to be contacted</source>
        <translation>Ha chiesto di essere contattato</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Lotto di importazione</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tempo nella fase</translation>
    </message>
    <message>
        <source>Slowest leads</source>
        <translation>Lead più lenti</translation>
    </message>
    <message>
        <source>Calls per week</source>
        <translation>Chiamate per settimana</translation>
    </message>
    <message>
        <source>Disqualification reasons</source>
        <translation>Motivi di squalifica</translation>
    </message>
    <message>
        <source>MQL never SQL (share of MQLs)</source>
        <translation>MQL mai diventati SQL (quota degli MQL)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>To SQL</source>
        <translation>A SQL</translation>
    </message>
    <message>
        <source>To customer</source>
        <translation>A cliente</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Leads reached</source>
        <translation>Lead arrivati</translation>
    </message>
    <message>
        <source>Of which skipped it</source>
        <translation>Di cui l&apos;hanno saltata</translation>
    </message>
    <message>
        <source>Conversion from previous</source>
        <translation>Conversione dalla precedente</translation>
    </message>
    <message>
        <source>Share of all leads</source>
        <translation>Quota di tutti i lead</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Permanenze concluse</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Giorni (mediana)</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>Ora nella fase</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Giorni nella fase</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Punteggio più basso</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Punteggio più alto</translation>
    </message>
    <message>
        <source>source channel</source>
        <translation>canale di origine</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagna</translation>
    </message>
    <message>
        <source>import batch</source>
        <translation>lotto di importazione</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>foglio {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>riga {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonna {column}</translation>
    </message>
    <message>
        <source>Disqualifying a lead needs a reason.</source>
        <translation>Per squalificare un lead serve un motivo.</translation>
    </message>
    <message>
        <source>A lead becomes SQL through a qualification call whose outcome is &apos;ready&apos; (or an override with a written reason).</source>
        <translation>Un lead diventa SQL tramite una chiamata di qualificazione con esito «pronto» (o un&apos;eccezione con un motivo scritto).</translation>
    </message>
    <message>
        <source>Only an SQL lead can become a customer.</source>
        <translation>Solo un lead SQL può diventare cliente.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annullato; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>is not a lead field</source>
        <translation>non è un campo del lead</translation>
    </message>
    <message>
        <source>By score decile</source>
        <translation>Per decile di punteggio</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Per grado di idoneità</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Grado di idoneità</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>riparato</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>non riparato</translation>
    </message>
    <message>
        <source>Problems that cannot be repaired safely: restore a backup (File → Backups…) or ask for help.</source>
        <translation>Problemi che non si possono riparare in sicurezza: ripristina un backup (File → Backup…) o chiedi aiuto.</translation>
    </message>
    <message>
        <source>Scores were not checked (no scoring rules installed).</source>
        <translation>I punteggi non sono stati verificati (nessuna regola di punteggio installata).</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history and scores.</source>
        <translation>Lead controllati: {count}. Controllati il file, i collegamenti tra i record, la cronologia delle fasi e i punteggi.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history.</source>
        <translation>Lead controllati: {count}. Controllati il file, i collegamenti tra i record e la cronologia delle fasi.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history and scores.</source>
        <translation>Lead controllati: {count}. Controllati i collegamenti tra i record, la cronologia delle fasi e i punteggi.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history.</source>
        <translation>Lead controllati: {count}. Controllati i collegamenti tra i record e la cronologia delle fasi.</translation>
    </message>
    <message>
        <source>Brought {count} score(s) up to date: activity counts less as it ages.</source>
        <translation>Punteggi aggiornati: {count}. L&apos;attività conta meno man mano che invecchia.</translation>
    </message>
    <message>
        <source>Found {found} problem(s); repaired {repaired}.</source>
        <translation>Problemi trovati: {found}; riparati: {repaired}.</translation>
    </message>
    <message>
        <source>• {finding} ({mark})</source>
        <translation>• {finding} ({mark})</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… e altri {count}.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Prima è stato fatto un backup: {path}</translation>
    </message>
    <message>
        <source>score {score} reached the MQL threshold ({threshold})</source>
        <translation>il punteggio {score} ha raggiunto la soglia MQL ({threshold})</translation>
    </message>
    <message>
        <source>score {score} fell below the MQL threshold minus the margin ({line})</source>
        <translation>il punteggio {score} è sceso sotto la soglia MQL meno il margine ({line})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason} ({note})</source>
        <translation>chiamata di qualificazione: {outcome} — {reason} ({note})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason}</source>
        <translation>chiamata di qualificazione: {outcome} — {reason}</translation>
    </message>
    <message>
        <source>qualification call: {outcome}</source>
        <translation>chiamata di qualificazione: {outcome}</translation>
    </message>
    <message>
        <source>against the proposal ({proposed}): {why}</source>
        <translation>contro la proposta ({proposed}): {why}</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>eccezione: {why}</translation>
    </message>
    <message>
        <source>Check database: {why}</source>
        <translation>Verifica database: {why}</translation>
    </message>
    <message>
        <source>unknown stage {stage}</source>
        <translation>fase sconosciuta {stage}</translation>
    </message>
    <message>
        <source>Qualification call — {outcome} ({stage})</source>
        <translation>Chiamata di qualificazione — {outcome} ({stage})</translation>
    </message>
    <message>
        <source>Qualification call — {outcome}</source>
        <translation>Chiamata di qualificazione — {outcome}</translation>
    </message>
    <message>
        <source>Proposed: {reason}</source>
        <translation>Proposta: {reason}</translation>
    </message>
    <message>
        <source>Chosen against the proposal: {why}</source>
        <translation>Scelto contro la proposta: {why}</translation>
    </message>
    <message>
        <source>Meeting: {at}</source>
        <translation>Incontro: {at}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer} — {note}</source>
        <translation>Ricontatto il {date} con: {offer} — {note}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer}</source>
        <translation>Ricontatto il {date} con: {offer}</translation>
    </message>
    <message>
        <source>Reason: {reason} — {note}</source>
        <translation>Motivo: {reason} — {note}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Override: {why}</source>
        <translation>Eccezione: {why}</translation>
    </message>
    <message>
        <source>Duration: {time}</source>
        <translation>Durata: {time}</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them — {note}</source>
        <translation>Chiamata di qualificazione: non raggiungibile — {note}</translation>
    </message>
    <message>
        <source>Demo / sales call booked for {at}</source>
        <translation>Demo / chiamata commerciale fissata per il {at}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what} — {content}</source>
        <translation>Ricontatto il {date}: {what} — {content}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what}</source>
        <translation>Ricontatto il {date}: {what}</translation>
    </message>
    <message>
        <source>Downloaded: {offer}</source>
        <translation>Scaricato: {offer}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>a lead needs a name, an email or a company</source>
        <translation>un lead ha bisogno di un nome, un&apos;email o un&apos;azienda</translation>
    </message>
    <message>
        <source>Reason for your choice</source>
        <translation>Motivo della tua scelta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>a lead ready for sales needs the meeting date and time</source>
        <translation>un lead pronto per le vendite ha bisogno di data e ora dell&apos;incontro</translation>
    </message>
    <message>
        <source>the meeting time has no time zone</source>
        <translation>l&apos;ora dell&apos;incontro non ha un fuso orario</translation>
    </message>
    <message>
        <source>nurturing needs a follow-up date</source>
        <translation>il nurturing richiede una data di ricontatto</translation>
    </message>
    <message>
        <source>say what content would help</source>
        <translation>indica quale contenuto sarebbe utile</translation>
    </message>
    <message>
        <source>a suspect needs a reason from the list</source>
        <translation>un sospetto richiede un motivo dall&apos;elenco</translation>
    </message>
    <message>
        <source>say in a few words what the other reason is</source>
        <translation>indica in poche parole qual è l&apos;altro motivo</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>need and budget confirmed</source>
        <translation>esigenza e budget confermati</translation>
    </message>
    <message>
        <source>need confirmed</source>
        <translation>esigenza confermata</translation>
    </message>
    <message>
        <source>budget confirmed</source>
        <translation>budget confermato</translation>
    </message>
    <message>
        <source>talking to the decision maker</source>
        <translation>si parla con il decisore</translation>
    </message>
    <message>
        <source>decision maker unknown</source>
        <translation>decisore sconosciuto</translation>
    </message>
    <message>
        <source>little interest</source>
        <translation>poco interesse</translation>
    </message>
    <message>
        <source>the conversation felt cold</source>
        <translation>la conversazione è stata fredda</translation>
    </message>
    <message>
        <source>no money this period</source>
        <translation>nessun fondo in questo periodo</translation>
    </message>
    <message>
        <source>budget not confirmed</source>
        <translation>budget non confermato</translation>
    </message>
    <message>
        <source>no interest in our solution</source>
        <translation>nessun interesse per la nostra soluzione</translation>
    </message>
    <message>
        <source>no need and no budget</source>
        <translation>nessuna esigenza e nessun budget</translation>
    </message>
    <message>
        <source>need</source>
        <translation>esigenza</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>è vuoto (0 byte)</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>non contiene record</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>non esiste</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>is a text table; it has no sheets</source>
        <translation>è una tabella di testo; non ha fogli</translation>
    </message>
    <message>
        <source>holds no rows (it is empty)</source>
        <translation>non contiene righe (è vuoto)</translation>
    </message>
    <message>
        <source>is not a text table (it holds binary data)</source>
        <translation>non è una tabella di testo (contiene dati binari)</translation>
    </message>
    <message>
        <source>is a workbook saved with a text extension; rename it to .xlsx or .xls</source>
        <translation>è una cartella di lavoro salvata con estensione di testo; rinominala in .xlsx o .xls</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password</source>
        <translation>è protetto da password; salvalo senza password</translation>
    </message>
    <message>
        <source>has no worksheets</source>
        <translation>non ha fogli di lavoro</translation>
    </message>
    <message>
        <source>is a pivot table (a summary of other data), not a list of leads</source>
        <translation>è una tabella pivot (un riepilogo di altri dati), non un elenco di lead</translation>
    </message>
    <message>
        <source>is not a valid spreadsheet (damaged, truncated, password-protected, or another kind of file renamed)</source>
        <translation>non è un foglio di calcolo valido (danneggiato, troncato, protetto da password o un altro tipo di file rinominato)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>accepted by sales</source>
        <translation>accettato dalle vendite</translation>
    </message>
    <message>
        <source>signed the order</source>
        <translation>ha firmato l&apos;ordine</translation>
    </message>
    <message>
        <source>score crossed the MQL threshold</source>
        <translation>il punteggio ha superato la soglia MQL</translation>
    </message>
    <message>
        <source>score fell below the MQL threshold</source>
        <translation>il punteggio è sceso sotto la soglia MQL</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them</source>
        <translation>Chiamata di qualificazione: non raggiungibile</translation>
    </message>
    <message>
        <source>The lead is already in {stage}.</source>
        <translation>Il lead è già in {stage}.</translation>
    </message>
    <message>
        <source>Scores never move a lead from {current} to {target}.</source>
        <translation>Il punteggio non sposta mai un lead da {current} a {target}.</translation>
    </message>
    <message>
        <source>A qualification call decides for leads in SAL; this lead is in {current}. Confirm an override with a reason.</source>
        <translation>La chiamata di qualificazione decide per i lead in SAL; questo lead è in {current}. Conferma un&apos;eccezione con un motivo.</translation>
    </message>
    <message>
        <source>A qualification call cannot move a lead to {target}.</source>
        <translation>Una chiamata di qualificazione non può spostare un lead in {target}.</translation>
    </message>
    <message>
        <source>Moving a lead from SAL to {target} is decided by a qualification call.</source>
        <translation>Lo spostamento di un lead da SAL a {target} lo decide una chiamata di qualificazione.</translation>
    </message>
    <message>
        <source>A lead cannot move from {current} to {target}.</source>
        <translation>Un lead non può passare da {current} a {target}.</translation>
    </message>
    <message>
        <source>Cannot open {where}: {detail}</source>
        <translation>Impossibile aprire {where}: {detail}</translation>
    </message>
    <message>
        <source>Lead {lead_id} does not exist (it may have been deleted).</source>
        <translation>Il lead {lead_id} non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>Lead {lead_id} was changed by someone else since you opened it (version {expected}, now {actual}). Reload it and apply your changes again.</source>
        <translation>Qualcun altro ha modificato il lead {lead_id} dopo che l&apos;hai aperto (versione {expected}, ora {actual}). Ricaricalo e applica di nuovo le tue modifiche.</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} non è un indirizzo email</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} non è un numero</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} non è un numero intero</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} non è una data</translation>
    </message>
    <message>
        <source>the answers point to &apos;{proposed}&apos;; say in one line why you chose &apos;{chosen}&apos;</source>
        <translation>le risposte indicano «{proposed}»; spiega in una riga perché hai scelto «{chosen}»</translation>
    </message>
    <message>
        <source>decided with {who}</source>
        <translation>decide insieme a {who}</translation>
    </message>
    <message>
        <source>no {what} identified yet</source>
        <translation>nessuna {what} ancora individuata</translation>
    </message>
    <message>
        <source>{what} not confirmed</source>
        <translation>{what} non confermata</translation>
    </message>
    <message>
        <source>no need, {why}</source>
        <translation>nessuna esigenza, {why}</translation>
    </message>
    <message>
        <source>holds more than {count} records</source>
        <translation>contiene più di {count} record</translation>
    </message>
    <message>
        <source>has {count} fields; the limit is {limit}</source>
        <translation>ha {count} campi; il limite è {limit}</translation>
    </message>
    <message>
        <source>has {count} columns; the limit is {limit}</source>
        <translation>ha {count} colonne; il limite è {limit}</translation>
    </message>
    <message>
        <source>has {count} rows; the limit is {limit}</source>
        <translation>ha {count} righe; il limite è {limit}</translation>
    </message>
    <message>
        <source>has more than {count} rows; the limit is {limit}</source>
        <translation>ha più di {count} righe; il limite è {limit}</translation>
    </message>
    <message>
        <source>has no sheet named {sheet}; its sheets: {names}</source>
        <translation>non ha un foglio chiamato {sheet}; i suoi fogli: {names}</translation>
    </message>
    <message>
        <source>has no sheet with a list of leads: {names}; choose a sheet</source>
        <translation>non ha un foglio con un elenco di lead: {names}; scegli un foglio</translation>
    </message>
    <message>
        <source>is not valid JSON ({detail})</source>
        <translation>non è un JSON valido ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>non può essere letto ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a table ({detail})</source>
        <translation>non può essere letto come tabella ({detail})</translation>
    </message>
    <message>
        <source>is not valid {encoding} text</source>
        <translation>non è testo {encoding} valido</translation>
    </message>
    <message>
        <source>is {size} MiB; the limit is {limit} MiB</source>
        <translation>è di {size} MiB; il limite è {limit} MiB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a LeadDesk database file.</source>
        <translation>{path} è una cartella, non un file di database LeadDesk.</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Per {group}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Impossibile leggere {path}: {detail}.</translation>
    </message>
    <message>
        <source>Follow up after nurturing</source>
        <extracomment>Core&apos;s agenda words, listed for lupdate (looked up in the &quot;core&quot; context by ``ui_tr``).</extracomment>
        <translation>Follow-up dopo il nurturing</translation>
    </message>
    <message>
        <source>Demo / sales call</source>
        <translation>Demo / chiamata commerciale</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Richiamare</translation>
    </message>
    <message>
        <source>a follow-up needs something to do</source>
        <translation>un follow-up ha bisogno di qualcosa da fare</translation>
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
        <translation>È successo qualcosa che LeadDesk non si aspettava. Nulla è stato scritto a metà; puoi continuare a lavorare. I dettagli sono nel log.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Unsaved edits kept beside the board; the lead opens in its own window.</source>
        <translation>Modifiche non salvate tenute accanto alla bacheca; il lead si apre in una finestra separata.</translation>
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
