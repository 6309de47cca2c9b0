<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Qualification call: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification call — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead is in {stage}. A qualification call decides for leads in SAL; to record this call anyway, confirm an override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this lead is qualified outside SAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Couldn&apos;t reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved answers from the last time were restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call saved: {name} → {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of this call are not saved. Keep them as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualification call is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need identified?</source>
        <extracomment>The label of each question with its mnemonic (Alt+letter) — unique in the form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest in our solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked for / downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget a&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mone&amp;y this period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision maker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who else decides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing (decide / buy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;one (cold … warm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Ready → SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Needs nurturing → Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Suspect → Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role or company)</source>
        <extracomment>(background, text) of the proposal banner: the outcome can be read at a glance Left and right column of sections, so the whole call fits on one screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score} · {grade} — stage {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interactions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line: why not the proposed outcome?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for your c&amp;hoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetin&amp;g (demo / sales call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which one, e.g. the pricing webinar in May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;lpful content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a few words (needed for &apos;Other&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposal: {outcome}&lt;/b&gt; — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lead</source>
        <extracomment>Opens another database and returns its workspace (wired by app.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead detail view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead in SAL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualification call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadDesk {version}
Offline lead qualification for small sales teams.

Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when LeadDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for a demo / sales call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student or researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only wanted the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides in 6 months at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides within a year at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timing unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an identified need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How interested in our solution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they downloaded or asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 5,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5,000 to 20,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20,000 to 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money available this period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this the decision maker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When would they decide or buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the conversation feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualifying a lead needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead becomes SQL through a qualification call whose outcome is &apos;ready&apos; (or an override with a written reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an SQL lead can become a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a lead field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead needs a name, an email or a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead ready for sales needs the meeting date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting time has no time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurturing needs a follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what content would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspect needs a reason from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in a few words what the other reason is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need and budget confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking to the decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision maker unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation felt cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no money this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interest in our solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no need and no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a text table; it has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no rows (it is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a text table (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a workbook saved with a text extension; rename it to .xlsx or .xls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is password-protected; save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a pivot table (a summary of other data), not a list of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid spreadsheet (damaged, truncated, password-protected, or another kind of file renamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is already in {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores never move a lead from {current} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualification call decides for leads in SAL; this lead is in {current}. Confirm an override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualification call cannot move a lead to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a lead from SAL to {target} is decided by a qualification call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead cannot move from {current} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead_id} does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead_id} was changed by someone else since you opened it (version {expected}, now {actual}). Reload it and apply your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers point to &apos;{proposed}&apos;; say in one line why you chose &apos;{chosen}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} identified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no need, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than {count} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} fields; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} columns; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} rows; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than {count} rows; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no sheet named {sheet}; its sheets: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no sheet with a list of leads: {names}; choose a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a table ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid {encoding} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {size} MiB; the limit is {limit} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a LeadDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>LeadDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that LeadDesk did not expect. Nothing was half-written; you can keep working. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The currency symbol money is shown with; empty = the locale&apos;s own currency.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
