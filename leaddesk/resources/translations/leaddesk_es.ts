<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Qualification call: {name}</source>
        <translation>Llamada de calificación: {name}</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Intento de llamada</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Mover a {stage}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Qualification call — {name}</source>
        <extracomment>The call form is as wide for every lead (its labels wrap rather than widen it).</extracomment>
        <translation>Llamada de calificación — {name}</translation>
    </message>
    <message>
        <source>This lead is in {stage}. A qualification call decides for leads in SAL; to record this call anyway, confirm an override with a reason.</source>
        <translation>Este lead está en {stage}. La llamada de calificación decide sobre los leads en SAL; para registrar esta llamada de todos modos, confirma una excepción con un motivo.</translation>
    </message>
    <message>
        <source>why this lead is qualified outside SAL</source>
        <translation>por qué se califica este lead fuera de SAL</translation>
    </message>
    <message>
        <source>O&amp;verride reason</source>
        <translation>Moti&amp;vo de la excepción</translation>
    </message>
    <message>
        <source>&amp;Couldn&apos;t reach them</source>
        <translation>&amp;No se pudo contactar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Your unsaved answers from the last time were restored.</source>
        <translation>Se han recuperado las respuestas que no guardaste la última vez.</translation>
    </message>
    <message>
        <source>Call saved: {name} → {stage}</source>
        <translation>Llamada guardada: {name} → {stage}</translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation>Llamada sin guardar</translation>
    </message>
    <message>
        <source>The answers of this call are not saved. Keep them as a draft?</source>
        <translation>Las respuestas de esta llamada no están guardadas. ¿Conservarlas como borrador?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Conservar borrador</translation>
    </message>
    <message>
        <source>&amp;Discard answers</source>
        <translation>&amp;Descartar respuestas</translation>
    </message>
    <message>
        <source>&amp;Need identified?</source>
        <extracomment>The label of each question with its mnemonic (Alt+letter) — unique in the form.</extracomment>
        <translation>¿&amp;Necesidad identificada?</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgencia</translation>
    </message>
    <message>
        <source>&amp;Problem in their words</source>
        <translation>&amp;Problema en sus palabras</translation>
    </message>
    <message>
        <source>&amp;Interest in our solution</source>
        <translation>&amp;Interés en nuestra solución</translation>
    </message>
    <message>
        <source>&amp;Asked for / downloaded</source>
        <translation>&amp;Pidió / descargó</translation>
    </message>
    <message>
        <source>&amp;Budget range</source>
        <translation>&amp;Rango de presupuesto</translation>
    </message>
    <message>
        <source>Budget a&amp;mount</source>
        <translation>I&amp;mporte del presupuesto</translation>
    </message>
    <message>
        <source>Mone&amp;y this period?</source>
        <translation>¿&amp;Dinero en este periodo?</translation>
    </message>
    <message>
        <source>&amp;Decision maker?</source>
        <translation>¿&amp;Decisor?</translation>
    </message>
    <message>
        <source>&amp;Who else decides?</source>
        <translation>¿&amp;Quién más decide?</translation>
    </message>
    <message>
        <source>&amp;Timing (decide / buy)</source>
        <translation>&amp;Plazo (decidir / comprar)</translation>
    </message>
    <message>
        <source>T&amp;one (cold … warm)</source>
        <translation>T&amp;ono (frío … cálido)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;1 Ready → SQL</source>
        <translation>&amp;1 Listo → SQL</translation>
    </message>
    <message>
        <source>&amp;2 Needs nurturing → Nurture</source>
        <translation>&amp;2 Necesita nutrición → Nutrición</translation>
    </message>
    <message>
        <source>&amp;3 Suspect → Disqualified</source>
        <translation>&amp;3 Sospechoso → Descalificado</translation>
    </message>
    <message>
        <source>(no role or company)</source>
        <extracomment>Left and right column of sections, so the whole call fits on one screen.</extracomment>
        <translation>(sin cargo ni empresa)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Score {score} · {grade} — stage {stage}</source>
        <translation>Puntuación {score} · {grade} — etapa {stage}</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Últimas interacciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <source>e.g. 12,000</source>
        <translation>p. ej. 12.000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importe del presupuesto</translation>
    </message>
    <message>
        <source>one line: why not the proposed outcome?</source>
        <extracomment>(background, text) of the proposal banner: the outcome can be read at a glance</extracomment>
        <translation>una línea: ¿por qué no el resultado propuesto?</translation>
    </message>
    <message>
        <source>Reason for your c&amp;hoice</source>
        <translation>Motivo de tu &amp;elección</translation>
    </message>
    <message>
        <source>Meetin&amp;g (demo / sales call)</source>
        <translation>Reu&amp;nión (demo / llamada comercial)</translation>
    </message>
    <message>
        <source>which one, e.g. the pricing webinar in May</source>
        <translation>cuál, p. ej. el webinar de precios de mayo</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <source>He&amp;lpful content</source>
        <translation>Contenido ú&amp;til</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>Nota sobre el contenido</translation>
    </message>
    <message>
        <source>in a few words (needed for &apos;Other&apos;)</source>
        <translation>en pocas palabras (obligatorio para «Otro»)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>Nota sobre el motivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposal: {outcome}&lt;/b&gt; — {reason}</source>
        <translation>&lt;b&gt;Propuesta: {outcome}&lt;/b&gt; — {reason}</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>Al iniciar</translation>
    </message>
    <message>
        <source>Automatic (after changes)</source>
        <translation>Automática (tras cambios)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before Check database</source>
        <translation>Antes de Comprobar la base de datos</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <source>Before re-scoring</source>
        <translation>Antes de recalcular puntuaciones</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Antes de actualizar la base de datos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: its backups are the server&apos;s business (ask whoever runs it). To keep a copy of your leads, export them to Excel.</source>
        <translation>Esta base de datos está en un servidor PostgreSQL: sus copias de seguridad son cosa del servidor (pregunta a quien lo administra). Para guardar una copia de tus leads, expórtalos a Excel.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>Se encontraron problemas.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:{port}/{database}:</source>
        <translation>Contraseña de {user} en {host}:{port}/{database}:</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(usuario predeterminado)</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>El servidor rechazó esa contraseña.</translation>
    </message>
    <message>
        <source>LeadDesk — database password</source>
        <translation>LeadDesk — contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Leads nuevos</translation>
    </message>
    <message>
        <source>Updated leads</source>
        <translation>Leads actualizados</translation>
    </message>
    <message>
        <source>Duplicates of stored leads (left as they are)</source>
        <translation>Duplicados de leads guardados (se dejan como están)</translation>
    </message>
    <message>
        <source>Duplicates within the file</source>
        <translation>Duplicados dentro del archivo</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Filas no válidas</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>moved to another stage</source>
        <translation>movido a otra etapa</translation>
    </message>
    <message>
        <source>a call was logged</source>
        <translation>se registró una llamada</translation>
    </message>
    <message>
        <source>a note or other activity was logged</source>
        <translation>se registró una nota u otra actividad</translation>
    </message>
    <message>
        <source>Import undone: {removed} lead(s) removed, {restored} restored.</source>
        <translation>Importación deshecha: leads eliminados: {removed}; restaurados: {restored}.</translation>
    </message>
    <message>
        <source>{n} lead(s) changed since the import were kept as they are.</source>
        <translation>Leads cambiados desde la importación que se conservaron como están: {n}.</translation>
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
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>{n} lead(s) touched since the import were kept as they are: {leads}.</source>
        <translation>Leads con cambios o actividad desde la importación que se conservaron como están ({n}): {leads}.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>about </source>
        <translation>unas </translation>
    </message>
    <message>
        <source>{file}: header on row {row}, {about}{count} data row(s), {cols} column(s).</source>
        <translation>{file}: encabezado en la fila {row}, filas de datos: {about}{count}, columnas: {cols}.</translation>
    </message>
    <message>
        <source>{file}: no header row, {about}{count} data row(s) in one column.</source>
        <translation>{file}: sin fila de encabezado, filas de datos: {about}{count} en una columna.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Check where each column goes. Columns not mapped to a field are kept as custom fields unless you choose Ignore.</source>
        <translation>Comprueba adónde va cada columna. Las columnas sin campo asignado se guardan como campos personalizados, salvo que elijas Ignorar.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Target of column {name}</source>
        <translation>Destino de la columna {name}</translation>
    </message>
    <message>
        <source>Sensitive data (card numbers, passwords, ID numbers) is not imported: {columns}. Choose a field for a column only if you must keep it.</source>
        <translation>Los datos sensibles (números de tarjeta, contraseñas, números de identidad) no se importan: {columns}. Elija un campo para una columna solo si debe conservarla.</translation>
    </message>
    <message>
        <source>Two columns go to {field}.</source>
        <translation>Dos columnas van a {field}.</translation>
    </message>
    <message>
        <source>Map a column to a name, an email or a company.</source>
        <translation>Asigna una columna a un nombre, un correo o una empresa.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Skip them (leave stored leads as they are)</source>
        <translation>Omitirlas (dejar los leads guardados como están)</translation>
    </message>
    <message>
        <source>Fill only their empty fields</source>
        <translation>Rellenar solo sus campos vacíos</translation>
    </message>
    <message>
        <source>Overwrite their fields with the file&apos;s values</source>
        <translation>Sobrescribir sus campos con los valores del archivo</translation>
    </message>
    <message>
        <source>Rows matching a stored lead (same email, phone, or name and company):</source>
        <translation>Filas que coinciden con un lead guardado (mismo correo, teléfono, o nombre y empresa):</translation>
    </message>
    <message>
        <source>Decide from each column&apos;s values</source>
        <translation>Decidir según los valores de cada columna</translation>
    </message>
    <message>
        <source>Day first (01/09/2008 = 1 September)</source>
        <translation>Primero el día (01/09/2008 = 1 de septiembre)</translation>
    </message>
    <message>
        <source>Month first (01/09/2008 = January 9)</source>
        <translation>Primero el mes (01/09/2008 = 9 de enero)</translation>
    </message>
    <message>
        <source>Dates like 01/09/2008:</source>
        <translation>Fechas como 01/09/2008:</translation>
    </message>
    <message>
        <source>e.g. Purchased list</source>
        <translation>p. ej. Lista comprada</translation>
    </message>
    <message>
        <source>Source channel for every row:</source>
        <translation>Canal de origen para todas las filas:</translation>
    </message>
    <message>
        <source>Campaign for every row:</source>
        <translation>Campaña para todas las filas:</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <source>Read {order} when the values cannot tell (your locale&apos;s order):</source>
        <translation>Se leen con el {order} cuando los valores no lo aclaran (el orden de su configuración regional):</translation>
    </message>
    <message>
        <source>{text}: day first {day}, month first {month}</source>
        <translation>{text}: día primero {day}, mes primero {month}</translation>
    </message>
    <message>
        <source>Unreadable values left empty (the lead imported; see the error workbook)</source>
        <translation>Valores ilegibles dejados vacíos (el lead se importó; vea el libro de errores)</translation>
    </message>
    <message>
        <source>{reason}; left empty, the lead was imported</source>
        <translation>{reason}; se deja vacío, el lead se importó</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Check what the import would do, row by row. Nothing is written.</source>
        <translation>Comprueba qué haría la importación, fila por fila. No se escribe nada.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Testing {file}…</source>
        <translation>Probando {file}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Show these leads on the board</source>
        <translation>Mostrar estos leads en el tablero</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason for each: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Filas rechazadas, con el motivo de cada una: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar leads</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>{rate} of {stage}</source>
        <translation>{rate} de {stage}</translation>
    </message>
    <message>
        <source>Leads reaching each stage — {share} of MQLs never became SQL</source>
        <translation>Leads que llegan a cada etapa — el {share} de los MQL nunca pasó a SQL</translation>
    </message>
    <message>
        <source>No leads in this period</source>
        <translation>No hay leads en este periodo</translation>
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
        <translation>Conversión por grupo (grupos más grandes)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>80th percentile</source>
        <translation>Percentil 80</translation>
    </message>
    <message>
        <source>Days in stage (visits that ended)</source>
        <translation>Días en la etapa (estancias terminadas)</translation>
    </message>
    <message>
        <source>No lead has left a stage yet</source>
        <translation>Ningún lead ha salido aún de una etapa</translation>
    </message>
    <message>
        <source>Qualification call outcomes per week</source>
        <translation>Resultados de las llamadas de calificación por semana</translation>
    </message>
    <message>
        <source>No qualification calls in this period</source>
        <translation>No hay llamadas de calificación en este periodo</translation>
    </message>
    <message>
        <source>By score decile (D10 = highest scores)</source>
        <translation>Por decil de puntuación (D10 = puntuaciones más altas)</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Por grado de encaje</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Field or activity</source>
        <translation>Campo o actividad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value / offer / page</source>
        <translation>Valor / oferta / página</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Vida media</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidentes</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>The most points (or, for negative points, the most penalty) the rule can give</source>
        <translation>El máximo de puntos (o, con puntos negativos, de penalización) que puede dar la regla</translation>
    </message>
    <message>
        <source>Days after which an activity&apos;s points have halved; empty: they never fade</source>
        <translation>Días tras los que los puntos de una actividad se reducen a la mitad; vacío: nunca pierden peso</translation>
    </message>
    <message>
        <source>Only activity of the last so many days counts; empty: all of it</source>
        <translation>Solo cuenta la actividad de los últimos tantos días; vacío: toda</translation>
    </message>
    <message>
        <source>Past leads with an outcome (SQL, Customer or Disqualified) the rule matched</source>
        <translation>Leads pasados con resultado (SQL, Cliente o Descalificado) que cumplen la regla</translation>
    </message>
    <message>
        <source>How many of the matched leads converted (reached SQL or Customer)</source>
        <translation>Cuántos de los leads coincidentes convirtieron (llegaron a SQL o Cliente)</translation>
    </message>
    <message>
        <source>Their conversion rate divided by the rate of all decided leads</source>
        <translation>Su tasa de conversión dividida entre la de todos los leads decididos</translation>
    </message>
    <message>
        <source>Points the outcomes suggest for this rule</source>
        <translation>Puntos que los resultados sugieren para esta regla</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <extracomment>the core&apos;s problem columns → the table&apos;s</extracomment>
        <translation>{value!r} no es un número</translation>
    </message>
    <message>
        <source>points must be a number</source>
        <translation>los puntos deben ser un número</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Backtest on past outcomes</source>
        <translation>Prueba con resultados pasados</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Backtesting needs leads that converted (SQL, Customer) and leads that were disqualified; {n} decided so far.</source>
        <translation>La prueba necesita leads que convirtieron (SQL, Cliente) y leads descalificados; decididos hasta ahora: {n}.</translation>
    </message>
    <message>
        <source>ROC AUC {auc:.2f} over {n} decided leads ({rate:.0%} converted). 0.5 is a coin toss, 1.0 a perfect ranking.</source>
        <translation>ROC AUC {auc:.2f} sobre {n} leads decididos ({rate:.0%} convertidos). 0,5 es lanzar una moneda; 1,0, una ordenación perfecta.</translation>
    </message>
    <message>
        <source>words: {text}</source>
        <translation>palabras: {text}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>fit grade</source>
        <translation>grado de encaje</translation>
    </message>
    <message>
        <source>import batch #{id}</source>
        <translation>lote de importación n.º {id}</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>Establecer límite WIP…</translation>
    </message>
    <message>
        <source>Set aging limit…</source>
        <translation>Establecer límite de antigüedad…</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Set follo&amp;w-up…</source>
        <translation>Programar &amp;seguimiento…</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Límite WIP</translation>
    </message>
    <message>
        <source>Most leads {stage} should hold (0: no limit):</source>
        <translation>Número máximo de leads que debería tener {stage} (0: sin límite):</translation>
    </message>
    <message>
        <source>Aging limit</source>
        <translation>Límite de antigüedad</translation>
    </message>
    <message>
        <source>Days without an interaction before a card in {stage} turns amber (red at twice that; 0: never):</source>
        <translation>Días sin interacción antes de que una tarjeta en {stage} se ponga ámbar (roja al doble; 0: nunca):</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivar {name}</translation>
    </message>
    <message>
        <source>{name} was moved meanwhile by someone else; it is now in {stage}.</source>
        <extracomment>where the board shows a lead; a move starts from there, so a lead someone else moved meanwhile is refused (saying where it is now), never moved from elsewhere</extracomment>
        <translation>Otra persona ha movido a {name} mientras tanto; ahora está en {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to {stage}.</source>
        <translation>
            <numerusform>Se movió %n lead a {stage}.</numerusform>
            <numerusform>Se movieron %n leads a {stage}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>(y %n más rechazado)</numerusform>
            <numerusform>(y %n más rechazados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to {stage}</source>
        <translation>
            <numerusform>Mover %n lead a {stage}</numerusform>
            <numerusform>Mover %n leads a {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was moved.</source>
        <translation>No se movió nada.</translation>
    </message>
    <message>
        <source>A lead leaves SAL for {stage} through a qualification call: drop one card at a time.</source>
        <translation>Un lead sale de SAL hacia {stage} mediante una llamada de calificación: suelta las tarjetas de una en una.</translation>
    </message>
    <message>
        <source>Archive leads</source>
        <translation>Archivar leads</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)? They leave the board; Edit → Undo brings them back.</source>
        <translation>
            <numerusform>¿Archivar %n lead? Saldrá del tablero; Editar → Deshacer lo recupera.</numerusform>
            <numerusform>¿Archivar %n leads? Saldrán del tablero; Editar → Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)</source>
        <translation>
            <numerusform>Archivar %n lead</numerusform>
            <numerusform>Archivar %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n lead(s).</source>
        <translation>
            <numerusform>Se archivó %n lead.</numerusform>
            <numerusform>Se archivaron %n leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>What a rep logs by hand most often, first.</extracomment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Interaction timeline</source>
        <translation>Cronología de interacciones</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Tipo de interacción</translation>
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
        <translation>Conversión de formulario</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Correo abierto</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Clic en un correo</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interacción en redes sociales</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Solicitud de contacto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Cambio de etapa</translation>
    </message>
    <message>
        <source>Log an interaction: type a note, press Enter</source>
        <translation>Registra una interacción: escribe una nota y pulsa Intro</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Unicode, with byte-order mark</source>
        <translation>Unicode, con marca de orden de bytes</translation>
    </message>
    <message>
        <source>Western European</source>
        <translation>Europa occidental</translation>
    </message>
    <message>
        <source>Central European</source>
        <translation>Europa central</translation>
    </message>
    <message>
        <source>Latin-1, Western European</source>
        <translation>Latin-1, Europa occidental</translation>
    </message>
    <message>
        <source>Latin-2, Central European</source>
        <translation>Latin-2, Europa central</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>How the file&apos;s text is stored. If letters look wrong, choose another encoding.</source>
        <translation>Cómo está guardado el texto del archivo. Si las letras se ven mal, elige otra codificación.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nuevo lead…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Past i&amp;mports…</source>
        <translation>I&amp;mportaciones anteriores…</translation>
    </message>
    <message>
        <source>Import &amp;activity…</source>
        <translation>Importar &amp;actividad…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>Ajustes de la base de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Qualification call…</source>
        <translation>&amp;Llamada de calificación…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Mi día</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Scoring rules…</source>
        <translation>Reglas de &amp;puntuación…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About LeadDesk</source>
        <translation>&amp;Acerca de LeadDesk</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>{count} event(s) written to {path}</source>
        <translation>Eventos escritos en {path}: {count}</translation>
    </message>
    <message>
        <source>Follow-up: {what}</source>
        <translation>Seguimiento: {what}</translation>
    </message>
    <message>
        <source>Follow-up done: {what}</source>
        <translation>Seguimiento hecho: {what}</translation>
    </message>
    <message>
        <source>Follow-up rescheduled: {what}</source>
        <translation>Seguimiento aplazado: {what}</translation>
    </message>
    <message>
        <source>Call {n} of {total}</source>
        <translation>Llamada {n} de {total}</translation>
    </message>
    <message>
        <source>Call session</source>
        <translation>Sesión de llamadas</translation>
    </message>
    <message>
        <source>{calls} call(s) in {minutes}:{seconds:02d}</source>
        <translation>Llamadas: {calls} en {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach: {n}</source>
        <translation>No se pudo contactar: {n}</translation>
    </message>
    <message>
        <source>Still to call: {n}</source>
        <translation>Quedan por llamar: {n}</translation>
    </message>
    <message>
        <source>{waited} d of {limit} h</source>
        <translation>{waited} d de {limit} h</translation>
    </message>
    <message>
        <source>{waited} h of {limit} h</source>
        <translation>{waited} h de {limit} h</translation>
    </message>
    <message>
        <source>Hand-over limits (marketing → sales)</source>
        <translation>Plazos de traspaso (marketing → ventas)</translation>
    </message>
    <message>
        <source>MQL → &amp;accepted, hours:</source>
        <translation>MQL → &amp;aceptado, horas:</translation>
    </message>
    <message>
        <source>Accepted → &amp;called, hours:</source>
        <translation>Aceptado → &amp;llamado, horas:</translation>
    </message>
    <message>
        <source>LeadDesk — My day</source>
        <translation>LeadDesk — Mi día</translation>
    </message>
    <message>
        <source>header is “{words}”</source>
        <translation>el encabezado es «{words}»</translation>
    </message>
    <message>
        <source>header words “{words}”</source>
        <translation>palabras del encabezado «{words}»</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>remembered from your last import of these columns</source>
        <translation>recordado de su última importación de estas columnas</translation>
    </message>
    <message>
        <source>no field matches; kept as a custom field</source>
        <translation>ningún campo coincide; se guarda como campo personalizado</translation>
    </message>
    <message>
        <source>values are email addresses</source>
        <translation>los valores son direcciones de correo</translation>
    </message>
    <message>
        <source>values are phone numbers</source>
        <translation>los valores son números de teléfono</translation>
    </message>
    <message>
        <source>values are web addresses</source>
        <translation>los valores son direcciones web</translation>
    </message>
    <message>
        <source>values are countries</source>
        <translation>los valores son países</translation>
    </message>
    <message>
        <source>values are dates</source>
        <translation>los valores son fechas</translation>
    </message>
    <message>
        <source>values are yes/no</source>
        <translation>los valores son sí/no</translation>
    </message>
    <message>
        <source>values are amounts</source>
        <translation>los valores son importes</translation>
    </message>
    <message>
        <source>values end in company legal forms (S.L., S.p.A., s.r.o., GmbH, Inc …)</source>
        <translation>los valores terminan en formas jurídicas de empresa (S.L., S.p.A., s.r.o., GmbH, Inc …)</translation>
    </message>
    <message>
        <source>values are job titles</source>
        <translation>los valores son cargos</translation>
    </message>
    <message>
        <source>sensitive: values are payment card numbers; ignored unless you choose otherwise</source>
        <translation>sensible: los valores son números de tarjeta de pago; se ignora salvo que elija otra cosa</translation>
    </message>
    <message>
        <source>sensitive: header “{words}”; ignored unless you choose otherwise</source>
        <translation>sensible: encabezado «{words}»; se ignora salvo que elija otra cosa</translation>
    </message>
    <message>
        <source>numeric references to another table, not a name or a company</source>
        <translation>referencias numéricas a otra tabla, no un nombre ni una empresa</translation>
    </message>
    <message>
        <source>values are salutations (Mr., Ms. …), not job titles</source>
        <translation>los valores son tratamientos (Sr., Sra. …), no cargos</translation>
    </message>
    <message>
        <source>a full name beside first and last names; kept as a custom field</source>
        <translation>un nombre completo junto a nombre y apellidos; se guarda como campo personalizado</translation>
    </message>
    <message>
        <source>computed by LeadDesk on export; not imported</source>
        <translation>calculado por LeadDesk al exportar; no se importa</translation>
    </message>
    <message>
        <source>{words}; the header only partly matched</source>
        <translation>{words}; el encabezado coincide solo en parte</translation>
    </message>
    <message>
        <source>names of companies: company facts beside them and no person columns</source>
        <translation>nombres de empresas: datos de empresa al lado y ninguna columna de persona</translation>
    </message>
    <message>
        <source>values are outcomes or stages (won, lost, customer …)</source>
        <translation>los valores son resultados o etapas (ganado, perdido, cliente …)</translation>
    </message>
    <message>
        <source>no header row: the column is named for its values</source>
        <translation>sin fila de encabezado: la columna se nombra por sus valores</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panel del lead</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today, {overdue} overdue</source>
        <translation>
            <numerusform>Seguimientos para hoy: %n, atrasados: {overdue}</numerusform>
            <numerusform>Seguimientos para hoy: %n, atrasados: {overdue}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>llamadas por hacer: %n</numerusform>
            <numerusform>llamadas por hacer: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today</source>
        <translation>
            <numerusform>reuniones hoy: %n</numerusform>
            <numerusform>reuniones hoy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The currency symbol money is shown with; empty = the locale&apos;s own currency.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Activity exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Exportaciones de actividad (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importar actividad</translation>
    </message>
    <message>
        <source>Import activity — {file}</source>
        <translation>Importar actividad — {file}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Falló la copia de seguridad automática: {error}</translation>
    </message>
</context>
<context>
    <name>BackupLeadsDialog</name>
    <message>
        <source>Backup from {when} (read-only)</source>
        <translation>Copia de seguridad del {when} (solo lectura)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in {file}. Nothing here can be changed.</source>
        <translation>
            <numerusform>%n lead en {file}. Aquí no se puede cambiar nada.</numerusform>
            <numerusform>%n leads en {file}. Aquí no se puede cambiar nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
</context>
<context>
    <name>BackupLeadsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Cambiar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}
Kept: the last {last}, one a day for {days} days, one a week for {weeks} weeks. Made on start, every 30 minutes while you work, and before imports and other big changes.</source>
        <translation>Las copias de seguridad se guardan en {folder}
Se conservan: las últimas {last}, una al día durante {days} días y una a la semana durante {weeks} semanas. Se hacen al iniciar, cada 30 minutos mientras trabajas y antes de importaciones y otros cambios grandes.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n copia de seguridad.</numerusform>
            <numerusform>%n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace all the data in this database with the backup from {when}?

LeadDesk first backs up the data as it is now, so you can go back.</source>
        <translation>¿Sustituir todos los datos de esta base de datos por la copia de seguridad del {when}?

LeadDesk primero guarda una copia de los datos tal como están ahora, para que puedas volver atrás.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Leyendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta de las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>late</source>
        <comment>past the hand-over limit</comment>
        <translation>tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days since the last interaction</comment>
        <translation>
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
        <translation>Otra persona cambió este lead</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Este lead</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; was changed by someone else while you were editing it (saved at {when}; it is now in {stage}). You both changed {count} field(s): choose whose values to keep.&lt;br&gt;&lt;b&gt;Keep theirs&lt;/b&gt; leaves their values in these fields. &lt;b&gt;Reapply mine&lt;/b&gt; saves yours over them. Either way, your other changes are saved and theirs are kept.</source>
        <translation>Otra persona cambió &lt;b&gt;{name}&lt;/b&gt; mientras lo editabas (guardado el {when}; ahora está en {stage}). Los dos cambiasteis estos campos ({count}): elige qué valores se quedan.&lt;br&gt;&lt;b&gt;Mantener los suyos&lt;/b&gt; deja sus valores en estos campos. &lt;b&gt;Volver a aplicar los míos&lt;/b&gt; guarda los tuyos encima. En ambos casos se guardan tus demás cambios y se conservan los suyos.</translation>
    </message>
    <message>
        <source>Merged without asking: yours: {mine}; theirs: {theirs}.</source>
        <translation>Combinado sin preguntar: tuyos: {mine}; suyos: {theirs}.</translation>
    </message>
    <message>
        <source>The fields you both changed</source>
        <translation>Los campos que cambiasteis los dos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Tu versión</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantener los &amp;suyos</translation>
    </message>
    <message>
        <source>Reapply &amp;mine</source>
        <translation>Volver a aplicar los &amp;míos</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <extracomment>how often a copy on a shared database asks what others changed retries after a lost connection wait longer each time, up to this</extracomment>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Connection to the database lost — retrying in {seconds} s. Your unsaved edits stay where they are; nothing was half-written.</source>
        <translation>Se perdió la conexión con la base de datos; se reintentará en {seconds} s. Tus cambios sin guardar siguen donde están; no se ha guardado nada a medias.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings</source>
        <translation>Ajustes de la base de datos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>A file on this computer (SQLite)</source>
        <translation>Un archivo en este equipo (SQLite)</translation>
    </message>
    <message>
        <source>A shared server (PostgreSQL)</source>
        <translation>Un servidor compartido (PostgreSQL)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keyring here: LeadDesk asks for the password at start.</source>
        <translation>No hay llavero del sistema: LeadDesk pedirá la contraseña al iniciar.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Move my data to the server</source>
        <translation>&amp;Mover mis datos al servidor</translation>
    </message>
    <message>
        <source>&amp;Copy the server&apos;s data into this file</source>
        <translation>&amp;Copiar los datos del servidor en este archivo</translation>
    </message>
    <message>
        <source>Copies every lead, interaction and stage change of the database open now into the empty database chosen here, all or nothing, and checks the counts.</source>
        <translation>Copia todos los leads, interacciones y cambios de etapa de la base de datos abierta en la base de datos vacía elegida aquí, todo o nada, y comprueba los recuentos.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de LeadDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to {where}: empty; LeadDesk creates its tables on first use.</source>
        <translation>Conectado a {where}: vacía; LeadDesk crea sus tablas al usarla por primera vez.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads; LeadDesk will upgrade the tables on first use.</source>
        <translation>Conectado a {where}: {count} leads; LeadDesk actualizará las tablas al usarla por primera vez.</translation>
    </message>
    <message>
        <source>Connected to {where}: {count} leads.</source>
        <translation>Conectado a {where}: {count} leads.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Cancelado; no se copió nada.</translation>
    </message>
    <message>
        <source>Copying your data…</source>
        <translation>Copiando tus datos…</translation>
    </message>
    <message>
        <source>Copied {leads} leads ({rows} rows in {tables} tables) to {target}; the counts match. Press OK to work there from now on.</source>
        <translation>Copiados {leads} leads ({rows} filas en {tables} tablas) a {target}; los recuentos coinciden. Pulsa Aceptar para trabajar allí a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Exportar leads</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message numerus="yes">
        <source>All leads (%n)</source>
        <translation>
            <numerusform>Todos los leads (%n)</numerusform>
            <numerusform>Todos los leads (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter</source>
        <translation>Leads que cumplen el filtro del tablero</translation>
    </message>
    <message numerus="yes">
        <source>Selected cards (%n)</source>
        <translation>
            <numerusform>Tarjeta seleccionada (%n)</numerusform>
            <numerusform>Tarjetas seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads matching the board filter (no filter set)</source>
        <translation>Leads que cumplen el filtro del tablero (sin filtro)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): leads, interactions, stage history and funnel</source>
        <translation>Libro de Excel (.xlsx): leads, interacciones, historial de etapas y embudo</translation>
    </message>
    <message>
        <source>CSV (.csv): the leads table only</source>
        <translation>CSV (.csv): solo la tabla de leads</translation>
    </message>
    <message>
        <source>The “LeadDesk ID” column lets an edited file be imported again as updates to the same leads.</source>
        <translation>La columna «LeadDesk ID» permite volver a importar un archivo editado como actualización de los mismos leads.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Exportando leads…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to {path}</source>
        <translation>
            <numerusform>Se exportó %n lead a {path}</numerusform>
            <numerusform>Se exportaron %n leads a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Sheets: Leads, Interactions, Stage history, Funnel. Keep the “LeadDesk ID” column: importing the edited file updates these leads.</source>
        <translation>Hojas: Leads, Interacciones, Historial de etapas, Embudo. Conserva la columna «LeadDesk ID»: al importar el archivo editado se actualizan estos leads.</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <source>A date: {example}</source>
        <translation>Una fecha: {example}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: name, company, email, any field (Ctrl+F)</source>
        <translation>Filtrar: nombre, empresa, correo, cualquier campo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Filtrar el tablero</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Any import</source>
        <translation>Cualquier importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>Cualquier grado</translation>
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
        <translation>Míos</translation>
    </message>
    <message>
        <source>Only leads I own ({actor})</source>
        <translation>Solo los leads de los que soy responsable ({actor})</translation>
    </message>
    <message>
        <source>Sort cards by</source>
        <translation>Ordenar tarjetas por</translation>
    </message>
    <message>
        <source>Sort by score</source>
        <translation>Ordenar por puntuación</translation>
    </message>
    <message>
        <source>Sort by age</source>
        <translation>Ordenar por antigüedad</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Ordenar por nombre</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to LeadDesk</source>
        <translation>Bienvenido a LeadDesk</translation>
    </message>
    <message>
        <source>This database has no leads yet. Start with one of these:</source>
        <translation>Esta base de datos aún no tiene leads. Empieza con una de estas opciones:</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Excel, OpenDocument or CSV: the columns are recognised for you.</source>
        <translation>Excel, OpenDocument o CSV: las columnas se reconocen solas.</translation>
    </message>
    <message>
        <source>Open the demo pipeline</source>
        <translation>Abrir el pipeline de demostración</translation>
    </message>
    <message>
        <source>500 made-up leads in a separate database, to try everything safely.</source>
        <translation>500 leads inventados en una base de datos aparte, para probarlo todo sin riesgo.</translation>
    </message>
    <message>
        <source>Connect to a team server…</source>
        <translation>Conectar a un servidor del equipo…</translation>
    </message>
    <message>
        <source>Work on your team&apos;s shared PostgreSQL database.</source>
        <translation>Trabaja en la base de datos PostgreSQL compartida de tu equipo.</translation>
    </message>
    <message>
        <source>How a lead travels</source>
        <translation>El camino de un lead</translation>
    </message>
    <message>
        <source>You can also drop a spreadsheet anywhere on this window.</source>
        <translation>También puedes soltar una hoja de cálculo en cualquier parte de esta ventana.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {name}</source>
        <translation>Seguimiento — {name}</translation>
    </message>
    <message>
        <source>e.g. send the price list, ask who else decides</source>
        <translation>p. ej. enviar la lista de precios, preguntar quién más decide</translation>
    </message>
    <message>
        <source>optional: the content to send</source>
        <translation>opcional: el contenido que enviar</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Follow-up set for {date}</source>
        <translation>Seguimiento programado para el {date}</translation>
    </message>
</context>
<context>
    <name>HandOverTab</name>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Por responsable</translation>
    </message>
    <message>
        <source>By month of acceptance</source>
        <translation>Por mes de aceptación</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Median MQL → SAL (h)</source>
        <translation>Mediana MQL → SAL (h)</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>Dentro del plazo</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamados</translation>
    </message>
    <message>
        <source>Median SAL → call (h)</source>
        <translation>Mediana SAL → llamada (h)</translation>
    </message>
    <message>
        <source>Each acceptance (entry into SAL): the wait since the lead became an MQL, and until its first call or call attempt. Limits: {mql} h and {call} h.</source>
        <translation>Cada aceptación (entrada en SAL): la espera desde que el lead pasó a MQL y hasta su primera llamada o intento de llamada. Plazos: {mql} h y {call} h.</translation>
    </message>
    <message>
        <source>The hand-over figures could not be computed: {error}</source>
        <translation>No se pudieron calcular las cifras de traspaso: {error}</translation>
    </message>
</context>
<context>
    <name>LeadDetailView</name>
    <message>
        <source>Qualification call…</source>
        <extracomment>saves in a row that may each meet a newer save by someone else before giving up</extracomment>
        <translation>Llamada de calificación…</translation>
    </message>
    <message>
        <source>Follow-&amp;up…</source>
        <translation>Seg&amp;uimiento…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>score {score} · {grade}</source>
        <translation>puntuación {score} · {grade}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Este lead ya no existe.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>Saved {name}, merged with changes someone else made meanwhile.</source>
        <translation>Se guardó {name}, combinado con los cambios que otra persona hizo mientras tanto.</translation>
    </message>
    <message>
        <source>Not saved: this lead was changed elsewhere since you opened it. Your edits are still here; Revert shows the current values.</source>
        <translation>No se guardó: este lead se cambió en otro lugar desde que lo abriste. Tus cambios siguen aquí; Revertir muestra los valores actuales.</translation>
    </message>
</context>
<context>
    <name>LifecyclePicture</name>
    <message>
        <source>The lead lifecycle</source>
        <extracomment>the funnel, left to right, and the two side stages drawn under it</extracomment>
        <translation>El ciclo de vida del lead</translation>
    </message>
    <message>
        <source>{lead} → {mql} (the score reaches the threshold) → {sal} (sales accepts) → {sql} (a qualification call) → {customer}; on the way, {nurture} (not yet) or {disq} (not a fit).</source>
        <translation>{lead} → {mql} (la puntuación alcanza el umbral) → {sal} (ventas lo acepta) → {sql} (una llamada de calificación) → {customer}; por el camino, {nurture} (todavía no) o {disq} (no encaja).</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganado</translation>
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
        <translation>Selecciona un lead para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a lead in SAL first.</source>
        <translation>Primero selecciona un lead en SAL.</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Selecciona primero un lead.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>LeadDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de LeadDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About LeadDesk</source>
        <translation>Acerca de LeadDesk</translation>
    </message>
    <message>
        <source>LeadDesk {version}
Offline lead qualification for small sales teams.

Database: {db}
Logs: {logs}</source>
        <translation>LeadDesk {version}
Calificación de leads sin conexión para equipos de ventas pequeños.

Base de datos: {db}
Registros: {logs}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lead(s)</source>
        <translation>
            <numerusform>{shown} de %n lead</numerusform>
            <numerusform>{shown} de %n leads</numerusform>
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
        <translation>Empresa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When / wait</source>
        <translation>Cuándo / espera</translation>
    </message>
    <message>
        <source>Enter opens the lead (on a call: the qualification call). On a follow-up: D done, R tomorrow, W in a week.</source>
        <translation>Intro abre el lead (en una llamada: la llamada de calificación). En un seguimiento: D hecho, R mañana, W en una semana.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Start calling</source>
        <translation>&amp;Empezar a llamar</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Yo ({name})</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation>Mi día — {date}</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Llamadas por hacer</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Seguimientos para hoy</translation>
    </message>
    <message>
        <source>Follow-ups this week</source>
        <translation>Seguimientos de esta semana</translation>
    </message>
    <message>
        <source>MQLs waiting for sales</source>
        <translation>MQL esperando a ventas</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Reuniones hoy</translation>
    </message>
    <message>
        <source>Meetings tomorrow</source>
        <translation>Reuniones mañana</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>fuera de plazo</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nuevo lead</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening {database}…</source>
        <translation>Abriendo {database}…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when LeadDesk is restarted.</source>
        <translation>El nuevo idioma se aplica al reiniciar LeadDesk.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Recorded as the owner of what you create and change.</source>
        <translation>Se registra como responsable de lo que creas y cambias.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Disqualify</source>
        <translation>Descalificar</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n lead(s) disqualified?</source>
        <translation>
            <numerusform>¿Por qué se descalifica %n lead?</numerusform>
            <numerusform>¿Por qué se descalifican estos %n leads?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. a student, a competitor, only wanted the download, bad data</source>
        <translation>p. ej., un estudiante, un competidor, solo quería la descarga, datos erróneos</translation>
    </message>
</context>
<context>
    <name>ReportTableView</name>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <extracomment>The width of the owner, source, campaign and batch boxes, in characters. emitted when a computation&apos;s results are on screen</extracomment>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tiempo en la etapa</translation>
    </message>
    <message>
        <source>Qualification calls</source>
        <translation>Llamadas de calificación</translation>
    </message>
    <message>
        <source>Score quality</source>
        <translation>Calidad de la puntuación</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Canal de origen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Import batch (purchased list)</source>
        <translation>Lote de importación (lista comprada)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Dividir por:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Leads created:</source>
        <translation>Leads creados:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Reports are not available for this database.</source>
        <translation>Los informes no están disponibles para esta base de datos.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Computing the reports…</source>
        <translation>Calculando los informes…</translation>
    </message>
    <message>
        <source>The reports could not be computed.</source>
        <translation>No se pudieron calcular los informes.</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>{leads} leads created in {period}. Calls and disqualifications are those dated in the period.</source>
        <translation>{leads} leads creados en {period}. Las llamadas y descalificaciones son las fechadas en ese periodo.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RulesAnalysis</name>
    <message>
        <source>{total} leads, scored under these rules. Edit a rule to see what the change would do.</source>
        <translation>{total} leads, puntuados con estas reglas. Edita una regla para ver qué haría el cambio.</translation>
    </message>
    <message>
        <source>This change rescores {n} of {total} leads: {into} move into MQL, {out} out.</source>
        <translation>Este cambio recalcula {n} de {total} leads: {into} pasan a MQL, {out} salen.</translation>
    </message>
    <message>
        <source>Suggested {n} rules from {learn} decided leads; on the other {hold} they reach ROC AUC {auc}. Review them, then Save.</source>
        <translation>Se sugirieron {n} reglas a partir de {learn} leads decididos; en los otros {hold} alcanzan un ROC AUC de {auc}. Revísalas y luego guarda.</translation>
    </message>
</context>
<context>
    <name>RulesCommands</name>
    <message>
        <source>Updating scores as old activity fades…</source>
        <extracomment>First look a while after the window opens, so that opening stays quick; then hourly.</extracomment>
        <translation>Actualizando puntuaciones a medida que la actividad antigua pierde peso…</translation>
    </message>
    <message>
        <source>Change scoring rules</source>
        <translation>Cambiar las reglas de puntuación</translation>
    </message>
    <message>
        <source>Rescoring leads…</source>
        <translation>Recalculando puntuaciones…</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Scoring rules</source>
        <translation>Las reglas de puntuación</translation>
    </message>
    <message>
        <source>Reading leads…</source>
        <translation>Leyendo los leads…</translation>
    </message>
    <message>
        <source>Fit rule (a field)</source>
        <translation>Regla de encaje (un campo)</translation>
    </message>
    <message>
        <source>Engagement rule (an activity)</source>
        <translation>Regla de interacción (una actividad)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Su&amp;ggest from outcomes</source>
        <translation>Su&amp;gerir a partir de resultados</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Thresholds and grades</source>
        <translation>Umbrales y grados</translation>
    </message>
    <message>
        <source>Recycle MQLs to Nurture</source>
        <translation>Devolver MQL a Nutrición</translation>
    </message>
    <message>
        <source>An MQL whose score falls below the threshold minus the margin goes back to Nurture</source>
        <translation>Un MQL cuya puntuación cae por debajo del umbral menos el margen vuelve a Nutrición</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Umbral de MQL</translation>
    </message>
    <message>
        <source>Margin (against flapping)</source>
        <translation>Margen (contra oscilaciones)</translation>
    </message>
    <message>
        <source>Grade {grade} from fit</source>
        <translation>Grado {grade} desde encaje</translation>
    </message>
    <message>
        <source>Grade boundaries must fall from A to C.</source>
        <translation>Los límites de los grados deben bajar de A a C.</translation>
    </message>
    <message>
        <source>Rule {row}, {column}: {message}</source>
        <translation>Regla {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>New fit rule</source>
        <translation>Nueva regla de encaje</translation>
    </message>
    <message>
        <source>New engagement rule</source>
        <translation>Nueva regla de interacción</translation>
    </message>
    <message>
        <source>Save your changes to the scoring rules?</source>
        <translation>¿Guardar los cambios en las reglas de puntuación?</translation>
    </message>
    <message>
        <source>Your changes to the scoring rules have problems and cannot be saved.</source>
        <translation>Tus cambios en las reglas de puntuación tienen problemas y no se pueden guardar.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No scoring rules yet.</source>
        <translation>Aún no hay reglas de puntuación.</translation>
    </message>
    <message>
        <source>Score {score} · grade {grade}</source>
        <translation>Puntuación {score} · grado {grade}</translation>
    </message>
    <message>
        <source>Total {total} · grade {grade} (fit {fit}, engagement {engagement})</source>
        <translation>Total {total} · grado {grade} (encaje {fit}, interacción {engagement})</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>An action&apos;s name for the shortcuts list when its menu text changes (Undo says what it undoes, the dock&apos;s toggle is named after the lead shown): set with ``setProperty``.</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Select the card in the next column</source>
        <translation>Seleccionar la tarjeta de la columna contigua</translation>
    </message>
    <message>
        <source>Select the card above or below</source>
        <translation>Seleccionar la tarjeta de arriba o de abajo</translation>
    </message>
    <message>
        <source>Move the selected leads to the next stage</source>
        <translation>Mover los leads seleccionados a la etapa siguiente</translation>
    </message>
    <message>
        <source>Move the selected leads to the previous stage</source>
        <translation>Mover los leads seleccionados a la etapa anterior</translation>
    </message>
    <message>
        <source>Show the lead in the side panel</source>
        <translation>Mostrar el lead en el panel lateral</translation>
    </message>
    <message>
        <source>or a click</source>
        <translation>o un clic</translation>
    </message>
    <message>
        <source>Open the lead in its own window</source>
        <translation>Abrir el lead en su propia ventana</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Archive the selected leads</source>
        <translation>Archivar los leads seleccionados</translation>
    </message>
    <message>
        <source>Move leads to another stage</source>
        <translation>Mover leads a otra etapa</translation>
    </message>
    <message>
        <source>Drag the cards</source>
        <translation>Arrastrar las tarjetas</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Collapse or expand this column</source>
        <extracomment>Seven columns and the side panel fit a 1366-pixel laptop screen.</extracomment>
        <translation>Contraer o expandir esta columna</translation>
    </message>
    <message>
        <source>Collapse {stage}</source>
        <translation>Contraer {stage}</translation>
    </message>
    <message>
        <source>{stage} leads</source>
        <translation>Leads en {stage}</translation>
    </message>
    <message>
        <source>Over the WIP limit of {limit}</source>
        <translation>Supera el límite WIP de {limit}</translation>
    </message>
    <message>
        <source>Budget …</source>
        <translation>Presupuesto …</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Presupuesto {amount}</translation>
    </message>
</context>
<context>
    <name>StageHistoryTable</name>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message>
        <source>Score {score}, grade {grade}.</source>
        <extracomment>Fetch card summaries this many rows at a time: one small query per screenful. Forget cached cards beyond this many (a column scrolled end to end stays small). hours a lead may wait in this stage by the hand-over agreement (None: no limit)</extracomment>
        <translation>Puntuación {score}, grado {grade}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last interaction.</source>
        <translation>
            <numerusform>%n día desde la última interacción.</numerusform>
            <numerusform>%n días desde la última interacción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting stale.</source>
        <translation>Se está estancando.</translation>
    </message>
    <message>
        <source>Stale.</source>
        <translation>Estancado.</translation>
    </message>
    <message>
        <source>Past the hand-over limit.</source>
        <translation>Fuera del plazo de traspaso.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest rules from outcomes</source>
        <translation>Sugerir reglas a partir de resultados</translation>
    </message>
    <message>
        <source>Learn again</source>
        <translation>Aprender de nuevo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Umbral de MQL</translation>
    </message>
    <message>
        <source>Leads that become MQL</source>
        <translation>Leads que pasan a MQL</translation>
    </message>
    <message>
        <source>Won they hold</source>
        <translation>Ganados que incluyen</translation>
    </message>
    <message>
        <source>Learn from these fields:</source>
        <translation>Aprender de estos campos:</translation>
    </message>
    <message>
        <source>Learning rules from past outcomes…</source>
        <translation>Aprendiendo reglas de los resultados pasados…</translation>
    </message>
    <message>
        <source>alone separates won from lost almost perfectly (ROC AUC {auc})</source>
        <translation>por sí solo separa ganados de perdidos casi perfectamente (ROC AUC {auc})</translation>
    </message>
    <message>
        <source>Learnt from {learn} decided leads. On the other {hold}, which it did not learn from, ROC AUC: current rules {current}, suggested rules {suggested}.</source>
        <translation>Aprendido de {learn} leads decididos. En los otros {hold}, de los que no aprendió, ROC AUC: reglas actuales {current}, reglas sugeridas {suggested}.</translation>
    </message>
    <message>
        <source>Only {n} decided leads: too few to trust these figures; the suggestion is kept small.</source>
        <translation>Solo {n} leads decididos: demasiado pocos para fiarse de estas cifras; la sugerencia se mantiene pequeña.</translation>
    </message>
    <message>
        <source>{field} — looks like an outcome</source>
        <translation>{field} — parece un resultado</translation>
    </message>
    <message>
        <source>filled after the outcome: on {share} of the decided leads that have it, its history shows it was set after their last stage change</source>
        <translation>rellenado después del resultado: en el {share} de los leads decididos que lo tienen, su historial muestra que se puso después de su último cambio de etapa</translation>
    </message>
    <message>
        <source>Fields that look like outcomes, left out unless ticked:</source>
        <translation>Campos que parecen resultados, excluidos salvo que se marquen:</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>{points} (suggested)</source>
        <translation>{points} (sugerido)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Connection restored.</source>
        <translation>Conexión restablecida.</translation>
    </message>
    <message>
        <source>Could not check for others&apos; changes: {error}</source>
        <translation>No se pudieron comprobar los cambios de otras personas: {error}</translation>
    </message>
</context>
<context>
    <name>_ColumnsPage</name>
    <message>
        <source>Email (who)</source>
        <translation>Correo electrónico (quién)</translation>
    </message>
    <message>
        <source>LeadDesk ID (who)</source>
        <translation>ID de LeadDesk (quién)</translation>
    </message>
    <message>
        <source>The tool&apos;s person id (who, via a people file)</source>
        <translation>ID de persona de la herramienta (quién, mediante un archivo de personas)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Detail (page, link, form)</source>
        <translation>Detalle (página, enlace, formulario)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Number of opens</source>
        <translation>Número de aperturas</translation>
    </message>
    <message>
        <source>Number of clicks</source>
        <translation>Número de clics</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Number of form submissions</source>
        <translation>Número de formularios enviados</translation>
    </message>
    <message>
        <source>First name (for new leads)</source>
        <translation>Nombre (para leads nuevos)</translation>
    </message>
    <message>
        <source>Last name (for new leads)</source>
        <translation>Apellidos (para leads nuevos)</translation>
    </message>
    <message>
        <source>Company (for new leads)</source>
        <translation>Empresa (para leads nuevos)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>What each column says</source>
        <translation>Qué dice cada columna</translation>
    </message>
    <message>
        <source>Who (email), when, what happened, and details. Files with counts (opens, clicks) give one interaction per count.</source>
        <translation>Quién (correo), cuándo, qué pasó y detalles. Los archivos con recuentos (aperturas, clics) dan una interacción por cada unidad.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Meaning of column {name}</source>
        <translation>Significado de la columna {name}</translation>
    </message>
    <message>
        <source>(from the &apos;what&apos; column)</source>
        <translation>(de la columna «qué»)</translation>
    </message>
    <message>
        <source>The file has no dates; these events happened on:</source>
        <translation>El archivo no tiene fechas; estos eventos ocurrieron el:</translation>
    </message>
    <message>
        <source>&amp;People file…</source>
        <translation>Archivo de &amp;personas…</translation>
    </message>
    <message>
        <source>A members or contacts export that says whose each id is</source>
        <translation>Una exportación de miembros o contactos que indica de quién es cada ID</translation>
    </message>
    <message>
        <source>Every row is</source>
        <translation>Cada fila es</translation>
    </message>
    <message>
        <source>People file</source>
        <translation>Archivo de personas</translation>
    </message>
    <message>
        <source>(row order: id 1 is the first person)</source>
        <translation>(orden de filas: el ID 1 es la primera persona)</translation>
    </message>
    <message>
        <source>Which column holds the id?</source>
        <translation>¿Qué columna contiene el ID?</translation>
    </message>
    <message>
        <source>{count} people from {file}</source>
        <translation>{count} personas de {file}</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The file as read</source>
        <translation>El archivo tal como se leyó</translation>
    </message>
    <message>
        <source>{file}{where}: header on row {row}, {count} columns.</source>
        <translation>{file}{where}: encabezado en la fila {row}, {count} columnas.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Test and import</source>
        <translation>Probar e importar</translation>
    </message>
    <message>
        <source>Create a lead for people who are not leads yet</source>
        <translation>Crear un lead para las personas que aún no son leads</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Website form</source>
        <translation>p. ej. Boletín, Formulario web</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Source channel of new leads</source>
        <translation>Canal de origen de los leads nuevos</translation>
    </message>
    <message>
        <source>Rejected rows: {path}</source>
        <translation>Filas rechazadas: {path}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Se deshizo la importación.</translation>
    </message>
</context>
<context>
    <name>_ValuesPage</name>
    <message>
        <source>What each event means</source>
        <translation>Qué significa cada evento</translation>
    </message>
    <message>
        <source>LeadDesk guessed the meaning of the tool&apos;s words; correct any that are wrong.</source>
        <translation>LeadDesk ha deducido el significado de las palabras de la herramienta; corrige las que estén mal.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>(not an interaction)</source>
        <translation>(no es una interacción)</translation>
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
        <translation>Nutrición</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Tamaño de la empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Canal de origen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Estado del correo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Form conversion</source>
        <translation>Conversión de formulario</translation>
    </message>
    <message>
        <source>Email open</source>
        <translation>Apertura de correo</translation>
    </message>
    <message>
        <source>Email click</source>
        <translation>Clic en correo</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Solicitud de contacto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Intento de llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>form conversion</source>
        <translation>conversión de formulario</translation>
    </message>
    <message>
        <source>email open</source>
        <translation>apertura de correo</translation>
    </message>
    <message>
        <source>email click</source>
        <translation>clic en correo</translation>
    </message>
    <message>
        <source>social</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>contact request</source>
        <translation>solicitud de contacto</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>intento de llamada</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>seguimiento</translation>
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
        <translation>página de precios</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>prueba gratuita</translation>
    </message>
    <message>
        <source>demo request</source>
        <translation>solicitud de demo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>ready for a demo / sales call</source>
        <translation>listo para una demo / llamada comercial</translation>
    </message>
    <message>
        <source>needs nurturing</source>
        <translation>necesita nutrición</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>sospechoso</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Sin necesidad</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <source>Student or researcher</source>
        <translation>Estudiante o investigador</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <source>Wrong contact data</source>
        <translation>Datos de contacto erróneos</translation>
    </message>
    <message>
        <source>Only wanted the download</source>
        <translation>Solo quería la descarga</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Página de precios</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Prueba gratuita</translation>
    </message>
    <message>
        <source>Demo request</source>
        <translation>Solicitud de demo</translation>
    </message>
    <message>
        <source>Other content</source>
        <translation>Otro contenido</translation>
    </message>
    <message>
        <source>decides within a month</source>
        <translation>decide en un mes</translation>
    </message>
    <message>
        <source>decides within 3 months</source>
        <translation>decide en 3 meses</translation>
    </message>
    <message>
        <source>decides in 6 months at the earliest</source>
        <translation>decide en 6 meses como pronto</translation>
    </message>
    <message>
        <source>decides within a year at the earliest</source>
        <translation>decide en un año como pronto</translation>
    </message>
    <message>
        <source>no plan to buy</source>
        <translation>sin intención de comprar</translation>
    </message>
    <message>
        <source>timing unknown</source>
        <translation>plazo desconocido</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Is there an identified need?</source>
        <translation>¿Hay una necesidad identificada?</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>¿Qué urgencia tiene?</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgencia</translation>
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
        <translation>Baja</translation>
    </message>
    <message>
        <source>The problem in their words</source>
        <translation>El problema en sus palabras</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>How interested in our solution?</source>
        <translation>¿Cuánto interés tiene en nuestra solución?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>What they downloaded or asked for</source>
        <translation>Qué descargó o pidió</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>pidió</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Budget range</source>
        <translation>Rango de presupuesto</translation>
    </message>
    <message>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <source>Under 5,000</source>
        <translation>Menos de 5000</translation>
    </message>
    <message>
        <source>5,000 to 20,000</source>
        <translation>De 5000 a 20.000</translation>
    </message>
    <message>
        <source>20,000 to 100,000</source>
        <translation>De 20.000 a 100.000</translation>
    </message>
    <message>
        <source>Over 100,000</source>
        <translation>Más de 100.000</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Importe del presupuesto</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Money available this period?</source>
        <translation>¿Hay dinero disponible en este periodo?</translation>
    </message>
    <message>
        <source>money this period</source>
        <translation>dinero este periodo</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Is this the decision maker?</source>
        <translation>¿Es quien toma la decisión?</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>decide</translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation>¿Quién más decide?</translation>
    </message>
    <message>
        <source>also decides</source>
        <translation>también decide</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>When would they decide or buy?</source>
        <translation>¿Cuándo decidiría o compraría?</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>En un mes</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>En 3 meses</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>En 6 meses</translation>
    </message>
    <message>
        <source>Within a year</source>
        <translation>En un año</translation>
    </message>
    <message>
        <source>No plan to buy</source>
        <translation>Sin intención de comprar</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>How did the conversation feel?</source>
        <translation>¿Qué impresión dejó la conversación?</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Distante</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Amable</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>LeadDesk ID</source>
        <translation>ID de LeadDesk</translation>
    </message>
    <message>
        <source>Is a company (flag)</source>
        <translation>Es una empresa (indicador)</translation>
    </message>
    <message>
        <source>Outcome or stage</source>
        <translation>Resultado o etapa</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>any visit</source>
        <translation>cualquier visita</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>primera visita</translation>
    </message>
    <message>
        <source>repeat visit</source>
        <translation>visita repetida</translation>
    </message>
    <message>
        <source>email opened</source>
        <translation>correo abierto</translation>
    </message>
    <message>
        <source>email clicked</source>
        <translation>clic en un correo</translation>
    </message>
    <message>
        <source>social engagement</source>
        <translation>interacción en redes sociales</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
    <message>
        <source>email domain is free-mail</source>
        <translation>el dominio del correo es gratuito</translation>
    </message>
    <message>
        <source>email domain is one of</source>
        <translation>el dominio del correo es uno de</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decide la compra</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Mánager</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Company of 10 to 500 people</source>
        <translation>Empresa de 10 a 500 personas</translation>
    </message>
    <message>
        <source>Budget over 1,000</source>
        <translation>Presupuesto de más de 1000</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Free-mail address</source>
        <translation>Dirección de correo gratuito</translation>
    </message>
    <message>
        <source>Unsubscribed from email</source>
        <translation>Dado de baja de los correos</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Repeat visit</source>
        <translation>Visita repetida</translation>
    </message>
    <message>
        <source>Visited the pricing page</source>
        <translation>Visitó la página de precios</translation>
    </message>
    <message>
        <source>Downloaded a white paper</source>
        <translation>Descargó un white paper</translation>
    </message>
    <message>
        <source>Joined a webinar</source>
        <translation>Asistió a un webinar</translation>
    </message>
    <message>
        <source>Pricing guide</source>
        <translation>Guía de precios</translation>
    </message>
    <message>
        <source>Email opened</source>
        <translation>Correo abierto</translation>
    </message>
    <message>
        <source>Email clicked</source>
        <translation>Clic en un correo</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Interacción en redes sociales</translation>
    </message>
    <message>
        <source>Asked to be contacted</source>
        <translation>Pidió que le contactaran</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Lote de importación</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tiempo en la etapa</translation>
    </message>
    <message>
        <source>Slowest leads</source>
        <translation>Leads más lentos</translation>
    </message>
    <message>
        <source>Calls per week</source>
        <translation>Llamadas por semana</translation>
    </message>
    <message>
        <source>Disqualification reasons</source>
        <translation>Motivos de descalificación</translation>
    </message>
    <message>
        <source>MQL never SQL (share of MQLs)</source>
        <translation>MQL que nunca pasaron a SQL (proporción de MQL)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Leads reached</source>
        <translation>Leads que llegaron</translation>
    </message>
    <message>
        <source>Of which skipped it</source>
        <translation>De ellos, la saltaron</translation>
    </message>
    <message>
        <source>Conversion from previous</source>
        <translation>Conversión desde la anterior</translation>
    </message>
    <message>
        <source>Share of all leads</source>
        <translation>Proporción del total de leads</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Estancias terminadas</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>In stage now</source>
        <translation>En la etapa ahora</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Días en la etapa</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <source>source channel</source>
        <translation>canal de origen</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>import batch</source>
        <translation>lote de importación</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>Disqualifying a lead needs a reason.</source>
        <translation>Para descalificar un lead hace falta un motivo.</translation>
    </message>
    <message>
        <source>A lead becomes SQL through a qualification call whose outcome is &apos;ready&apos; (or an override with a written reason).</source>
        <translation>Un lead pasa a SQL mediante una llamada de calificación con resultado «listo» (o una excepción con un motivo por escrito).</translation>
    </message>
    <message>
        <source>Only an SQL lead can become a customer.</source>
        <translation>Solo un lead SQL puede convertirse en cliente.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>is not a lead field</source>
        <translation>no es un campo de lead</translation>
    </message>
    <message>
        <source>By score decile</source>
        <translation>Por decil de puntuación</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Decil</translation>
    </message>
    <message>
        <source>By fit grade</source>
        <translation>Por grado de encaje</translation>
    </message>
    <message>
        <source>Fit grade</source>
        <translation>Grado de encaje</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>reparado</translation>
    </message>
    <message>
        <source>not repaired</source>
        <translation>sin reparar</translation>
    </message>
    <message>
        <source>Problems that cannot be repaired safely: restore a backup (File → Backups…) or ask for help.</source>
        <translation>Problemas que no se pueden reparar con seguridad: restaura una copia de seguridad (Archivo → Copias de seguridad…) o pide ayuda.</translation>
    </message>
    <message>
        <source>Scores were not checked (no scoring rules installed).</source>
        <translation>No se comprobaron las puntuaciones (no hay reglas de puntuación).</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history and scores.</source>
        <translation>Leads revisados: {count}. Se revisó el archivo, los vínculos entre registros, el historial de etapas y las puntuaciones.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): the file, links between records, stage history.</source>
        <translation>Leads revisados: {count}. Se revisó el archivo, los vínculos entre registros y el historial de etapas.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history and scores.</source>
        <translation>Leads revisados: {count}. Se revisaron los vínculos entre registros, el historial de etapas y las puntuaciones.</translation>
    </message>
    <message>
        <source>Checked {count} lead(s): links between records, stage history.</source>
        <translation>Leads revisados: {count}. Se revisaron los vínculos entre registros y el historial de etapas.</translation>
    </message>
    <message>
        <source>Brought {count} score(s) up to date: activity counts less as it ages.</source>
        <translation>Puntuaciones actualizadas: {count}. La actividad cuenta menos a medida que envejece.</translation>
    </message>
    <message>
        <source>Found {found} problem(s); repaired {repaired}.</source>
        <translation>Problemas encontrados: {found}; reparados: {repaired}.</translation>
    </message>
    <message>
        <source>• {finding} ({mark})</source>
        <translation>• {finding} ({mark})</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Antes se hizo una copia de seguridad: {path}</translation>
    </message>
    <message>
        <source>score {score} reached the MQL threshold ({threshold})</source>
        <translation>la puntuación {score} alcanzó el umbral de MQL ({threshold})</translation>
    </message>
    <message>
        <source>score {score} fell below the MQL threshold minus the margin ({line})</source>
        <translation>la puntuación {score} bajó del umbral de MQL menos el margen ({line})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason} ({note})</source>
        <translation>llamada de calificación: {outcome} — {reason} ({note})</translation>
    </message>
    <message>
        <source>qualification call: {outcome} — {reason}</source>
        <translation>llamada de calificación: {outcome} — {reason}</translation>
    </message>
    <message>
        <source>qualification call: {outcome}</source>
        <translation>llamada de calificación: {outcome}</translation>
    </message>
    <message>
        <source>against the proposal ({proposed}): {why}</source>
        <translation>en contra de la propuesta ({proposed}): {why}</translation>
    </message>
    <message>
        <source>override: {why}</source>
        <translation>excepción: {why}</translation>
    </message>
    <message>
        <source>Check database: {why}</source>
        <translation>Comprobar la base de datos: {why}</translation>
    </message>
    <message>
        <source>unknown stage {stage}</source>
        <translation>etapa desconocida {stage}</translation>
    </message>
    <message>
        <source>Qualification call — {outcome} ({stage})</source>
        <translation>Llamada de calificación — {outcome} ({stage})</translation>
    </message>
    <message>
        <source>Qualification call — {outcome}</source>
        <translation>Llamada de calificación — {outcome}</translation>
    </message>
    <message>
        <source>Proposed: {reason}</source>
        <translation>Propuesta: {reason}</translation>
    </message>
    <message>
        <source>Chosen against the proposal: {why}</source>
        <translation>Elegido en contra de la propuesta: {why}</translation>
    </message>
    <message>
        <source>Meeting: {at}</source>
        <translation>Reunión: {at}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer} — {note}</source>
        <translation>Seguimiento el {date} con: {offer} — {note}</translation>
    </message>
    <message>
        <source>Follow up on {date} with: {offer}</source>
        <translation>Seguimiento el {date} con: {offer}</translation>
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
        <translation>Excepción: {why}</translation>
    </message>
    <message>
        <source>Duration: {time}</source>
        <translation>Duración: {time}</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them — {note}</source>
        <translation>Llamada de calificación: no se pudo contactar — {note}</translation>
    </message>
    <message>
        <source>Demo / sales call booked for {at}</source>
        <translation>Demo / llamada comercial reservada para el {at}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what} — {content}</source>
        <translation>Seguimiento el {date}: {what} — {content}</translation>
    </message>
    <message>
        <source>Follow-up on {date}: {what}</source>
        <translation>Seguimiento el {date}: {what}</translation>
    </message>
    <message>
        <source>Downloaded: {offer}</source>
        <translation>Descargado: {offer}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>a lead needs a name, an email or a company</source>
        <translation>un lead necesita un nombre, un correo o una empresa</translation>
    </message>
    <message>
        <source>Reason for your choice</source>
        <translation>Motivo de tu elección</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>a lead ready for sales needs the meeting date and time</source>
        <translation>un lead listo para ventas necesita la fecha y hora de la reunión</translation>
    </message>
    <message>
        <source>the meeting time has no time zone</source>
        <translation>la hora de la reunión no tiene zona horaria</translation>
    </message>
    <message>
        <source>nurturing needs a follow-up date</source>
        <translation>la nutrición necesita una fecha de seguimiento</translation>
    </message>
    <message>
        <source>say what content would help</source>
        <translation>indica qué contenido ayudaría</translation>
    </message>
    <message>
        <source>a suspect needs a reason from the list</source>
        <translation>un sospechoso necesita un motivo de la lista</translation>
    </message>
    <message>
        <source>say in a few words what the other reason is</source>
        <translation>indica en pocas palabras cuál es el otro motivo</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>need and budget confirmed</source>
        <translation>necesidad y presupuesto confirmados</translation>
    </message>
    <message>
        <source>need confirmed</source>
        <translation>necesidad confirmada</translation>
    </message>
    <message>
        <source>budget confirmed</source>
        <translation>presupuesto confirmado</translation>
    </message>
    <message>
        <source>talking to the decision maker</source>
        <translation>hablando con quien decide</translation>
    </message>
    <message>
        <source>decision maker unknown</source>
        <translation>se desconoce quién decide</translation>
    </message>
    <message>
        <source>little interest</source>
        <translation>poco interés</translation>
    </message>
    <message>
        <source>the conversation felt cold</source>
        <translation>la conversación fue fría</translation>
    </message>
    <message>
        <source>no money this period</source>
        <translation>sin dinero en este periodo</translation>
    </message>
    <message>
        <source>budget not confirmed</source>
        <translation>presupuesto sin confirmar</translation>
    </message>
    <message>
        <source>no interest in our solution</source>
        <translation>sin interés en nuestra solución</translation>
    </message>
    <message>
        <source>no need and no budget</source>
        <translation>sin necesidad ni presupuesto</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>holds no records</source>
        <translation>no contiene registros</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a text table; it has no sheets</source>
        <translation>es una tabla de texto; no tiene hojas</translation>
    </message>
    <message>
        <source>holds no rows (it is empty)</source>
        <translation>no contiene filas (está vacío)</translation>
    </message>
    <message>
        <source>is not a text table (it holds binary data)</source>
        <translation>no es una tabla de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>is a workbook saved with a text extension; rename it to .xlsx or .xls</source>
        <translation>es un libro de Excel guardado con extensión de texto; cámbiale el nombre a .xlsx o .xls</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password</source>
        <translation>está protegido con contraseña; guárdalo sin contraseña</translation>
    </message>
    <message>
        <source>has no worksheets</source>
        <translation>no tiene hojas de cálculo</translation>
    </message>
    <message>
        <source>is a pivot table (a summary of other data), not a list of leads</source>
        <translation>es una tabla dinámica (un resumen de otros datos), no una lista de leads</translation>
    </message>
    <message>
        <source>is not a valid spreadsheet (damaged, truncated, password-protected, or another kind of file renamed)</source>
        <translation>no es una hoja de cálculo válida (dañada, truncada, protegida con contraseña u otro tipo de archivo renombrado)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>accepted by sales</source>
        <translation>aceptado por ventas</translation>
    </message>
    <message>
        <source>signed the order</source>
        <translation>firmó el pedido</translation>
    </message>
    <message>
        <source>score crossed the MQL threshold</source>
        <translation>la puntuación superó el umbral de MQL</translation>
    </message>
    <message>
        <source>score fell below the MQL threshold</source>
        <translation>la puntuación bajó del umbral de MQL</translation>
    </message>
    <message>
        <source>Qualification call: could not reach them</source>
        <translation>Llamada de calificación: no se pudo contactar</translation>
    </message>
    <message>
        <source>The lead is already in {stage}.</source>
        <translation>El lead ya está en {stage}.</translation>
    </message>
    <message>
        <source>Scores never move a lead from {current} to {target}.</source>
        <translation>La puntuación nunca mueve un lead de {current} a {target}.</translation>
    </message>
    <message>
        <source>A qualification call decides for leads in SAL; this lead is in {current}. Confirm an override with a reason.</source>
        <translation>La llamada de calificación decide sobre los leads en SAL; este lead está en {current}. Confirma una excepción con un motivo.</translation>
    </message>
    <message>
        <source>A qualification call cannot move a lead to {target}.</source>
        <translation>Una llamada de calificación no puede mover un lead a {target}.</translation>
    </message>
    <message>
        <source>Moving a lead from SAL to {target} is decided by a qualification call.</source>
        <translation>Pasar un lead de SAL a {target} lo decide una llamada de calificación.</translation>
    </message>
    <message>
        <source>A lead cannot move from {current} to {target}.</source>
        <translation>Un lead no puede pasar de {current} a {target}.</translation>
    </message>
    <message>
        <source>Cannot open {where}: {detail}</source>
        <translation>No se puede abrir {where}: {detail}</translation>
    </message>
    <message>
        <source>Lead {lead_id} does not exist (it may have been deleted).</source>
        <translation>El lead {lead_id} no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>Lead {lead_id} was changed by someone else since you opened it (version {expected}, now {actual}). Reload it and apply your changes again.</source>
        <translation>Otra persona cambió el lead {lead_id} después de que lo abrieras (versión {expected}, ahora {actual}). Vuelve a cargarlo y aplica de nuevo tus cambios.</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} no es una fecha</translation>
    </message>
    <message>
        <source>the answers point to &apos;{proposed}&apos;; say in one line why you chose &apos;{chosen}&apos;</source>
        <translation>las respuestas apuntan a «{proposed}»; explica en una línea por qué elegiste «{chosen}»</translation>
    </message>
    <message>
        <source>decided with {who}</source>
        <translation>decide junto con {who}</translation>
    </message>
    <message>
        <source>no {what} identified yet</source>
        <translation>aún no se ha identificado {what}</translation>
    </message>
    <message>
        <source>{what} not confirmed</source>
        <translation>{what} sin confirmar</translation>
    </message>
    <message>
        <source>no need, {why}</source>
        <translation>sin necesidad, {why}</translation>
    </message>
    <message>
        <source>holds more than {count} records</source>
        <translation>contiene más de {count} registros</translation>
    </message>
    <message>
        <source>has {count} fields; the limit is {limit}</source>
        <translation>tiene {count} campos; el límite es {limit}</translation>
    </message>
    <message>
        <source>has {count} columns; the limit is {limit}</source>
        <translation>tiene {count} columnas; el límite es {limit}</translation>
    </message>
    <message>
        <source>has {count} rows; the limit is {limit}</source>
        <translation>tiene {count} filas; el límite es {limit}</translation>
    </message>
    <message>
        <source>has more than {count} rows; the limit is {limit}</source>
        <translation>tiene más de {count} filas; el límite es {limit}</translation>
    </message>
    <message>
        <source>has no sheet named {sheet}; its sheets: {names}</source>
        <translation>no tiene ninguna hoja llamada {sheet}; sus hojas: {names}</translation>
    </message>
    <message>
        <source>has no sheet with a list of leads: {names}; choose a sheet</source>
        <translation>no tiene ninguna hoja con una lista de leads: {names}; elige una hoja</translation>
    </message>
    <message>
        <source>is not valid JSON ({detail})</source>
        <translation>no es un JSON válido ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>cannot be read as a table ({detail})</source>
        <translation>no se puede leer como tabla ({detail})</translation>
    </message>
    <message>
        <source>is not valid {encoding} text</source>
        <translation>no es texto {encoding} válido</translation>
    </message>
    <message>
        <source>is {size} MiB; the limit is {limit} MiB</source>
        <translation>ocupa {size} MiB; el límite es {limit} MiB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a LeadDesk database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos de LeadDesk.</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Por {group}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>No se puede leer {path}: {detail}.</translation>
    </message>
    <message>
        <source>Follow up after nurturing</source>
        <extracomment>Core&apos;s agenda words, listed for lupdate (looked up in the &quot;core&quot; context by ``ui_tr``).</extracomment>
        <translation>Seguimiento tras la nutrición</translation>
    </message>
    <message>
        <source>Demo / sales call</source>
        <translation>Demo / llamada comercial</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>a follow-up needs something to do</source>
        <translation>un seguimiento necesita algo que hacer</translation>
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
        <translation>Ha ocurrido algo que LeadDesk no esperaba. No se ha guardado nada a medias; puedes seguir trabajando. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
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
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Unsaved edits kept beside the board; the lead opens in its own window.</source>
        <translation>Cambios sin guardar conservados junto al tablero; el lead se abre en su propia ventana.</translation>
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
