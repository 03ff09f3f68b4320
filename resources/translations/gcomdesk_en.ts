<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>About gcomdesk</source>
        <translation>About gcomdesk</translation>
    </message>
    <message>
        <source>gcomdesk {version}
Greenhouse-gas inventories for Korean cities and provinces (GPC, GCoM, CDP), offline.
Settings: {settings}
Logs: {logs}</source>
        <translation>gcomdesk {version}
Greenhouse-gas inventories for Korean cities and provinces (GPC, GCoM, CDP), offline.
Settings: {settings}
Logs: {logs}</translation>
    </message>
</context>
<context>
    <name>AddYearDialog</name>
    <message>
        <source>Add an inventory year</source>
        <translation>Add an inventory year</translation>
    </message>
    <message>
        <source>&amp;Empty (enter every figure)</source>
        <translation>&amp;Empty (enter every figure)</translation>
    </message>
    <message>
        <source>&amp;Copy the records of</source>
        <translation>&amp;Copy the records of</translation>
    </message>
    <message>
        <source>&amp;Keep the amounts (otherwise they are cleared, to be entered for the new year)</source>
        <translation>&amp;Keep the amounts (otherwise they are cleared, to be entered for the new year)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>The project already holds %1.</source>
        <translation>The project already holds %1.</translation>
    </message>
    <message>
        <source>%1 starts empty, with the factor editions published for it.</source>
        <translation>%1 starts empty, with the factor editions published for it.</translation>
    </message>
    <message>
        <source>%1 starts with the records and amounts of %2, calculated with the editions published for %1.</source>
        <translation>%1 starts with the records and amounts of %2, calculated with the editions published for %1.</translation>
    </message>
    <message>
        <source>%1 starts with the rows, sources and notation keys of %2; amounts and reported tonnes are cleared and must be entered.</source>
        <translation>%1 starts with the rows, sources and notation keys of %2; amounts and reported tonnes are cleared and must be entered.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>(records: {count})</source>
        <translation>(records: {count})</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>Recalculating…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Not drawn: {reason}</source>
        <translation>Not drawn: {reason}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>Save chart as</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>Save chart as…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details were saved to {path}.</source>
        <translation>The details were saved to {path}.</translation>
    </message>
    <message>
        <source>gcomdesk: something went wrong</source>
        <translation>gcomdesk: something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong inside gcomdesk. Your inventory is safe: every change was saved in the file when you made it. Please send the details below to whoever supports gcomdesk for you.</source>
        <translation>Something went wrong inside gcomdesk. Your inventory is safe: every change was saved in the file when you made it. Please send the details below to whoever supports gcomdesk for you.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>EstimateController</name>
    <message>
        <source>&amp;Estimate empty rows from national data…</source>
        <translation>&amp;Estimate empty rows from national data…</translation>
    </message>
    <message>
        <source>Fill every empty BASIC row with a labelled top-down estimate, after a preview</source>
        <translation>Fill every empty BASIC row with a labelled top-down estimate, after a preview</translation>
    </message>
    <message>
        <source>Top-down estimates ({count} rows)</source>
        <translation>Top-down estimates ({count} rows)</translation>
    </message>
    <message>
        <source>Estimates not added</source>
        <translation>Estimates not added</translation>
    </message>
    <message>
        <source>The project refused the change; see the message shown.</source>
        <translation>The project refused the change; see the message shown.</translation>
    </message>
    <message>
        <source>Estimates added for {count} rows, labelled “estimated (top-down)”. Edit &gt; Undo takes them back.</source>
        <translation>Estimates added for {count} rows, labelled “estimated (top-down)”. Edit &gt; Undo takes them back.</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Top-down estimates</source>
        <translation>Top-down estimates</translation>
    </message>
    <message>
        <source>An estimate scales the national (or the region's published) inventory by a local proxy. It is a starting point, not a measurement: it is labelled “estimated (top-down)” everywhere, its quality is Low, and entering measured data in its row replaces it.</source>
        <translation>An estimate scales the national (or the region's published) inventory by a local proxy. It is a starting point, not a measurement: it is labelled “estimated (top-down)” everywhere, its quality is Low, and entering measured data in its row replaces it.</translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation>not in the profile</translation>
    </message>
    <message>
        <source>Population (profile):</source>
        <translation>Population (profile):</translation>
    </message>
    <message>
        <source>&amp;Households (세대):</source>
        <translation>&amp;Households (세대):</translation>
    </message>
    <message>
        <source>Registered &amp;vehicles:</source>
        <translation>Registered &amp;vehicles:</translation>
    </message>
    <message>
        <source>&amp;GRDP, billion KRW:</source>
        <translation>&amp;GRDP, billion KRW:</translation>
    </message>
    <message>
        <source>optional: a better proxy than population</source>
        <translation>optional: a better proxy than population</translation>
    </message>
    <message>
        <source>Arithmetic of the selected estimate</source>
        <translation>Arithmetic of the selected estimate</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC row</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Add the estimate of {ref}</source>
        <translation>Add the estimate of {ref}</translation>
    </message>
    <message>
        <source>{value} tCO2e</source>
        <translation>{value} tCO2e</translation>
    </message>
    <message>
        <source>{value} MWh of electricity</source>
        <translation>{value} MWh of electricity</translation>
    </message>
    <message>
        <source>needs a proxy</source>
        <translation>needs a proxy</translation>
    </message>
    <message>
        <source>&amp;Add estimates ({count})</source>
        <translation>&amp;Add estimates ({count})</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>No errors: the workbook is ready to submit.</source>
        <translation>No errors: the workbook is ready to submit.</translation>
    </message>
    <message>
        <source>The inventory has {count} error(s). It can only be exported as a draft, marked DRAFT in the file name and on the cover.</source>
        <translation>The inventory has {count} error(s). It can only be exported as a draft, marked DRAFT in the file name and on the cover.</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Workbook language</source>
        <translation>Workbook language</translation>
    </message>
    <message>
        <source>Chart files</source>
        <translation>Chart files</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Sheets (the cover is always included)</source>
        <translation>Sheets (the cover is always included)</translation>
    </message>
    <message>
        <source>GPC table</source>
        <translation>GPC table</translation>
    </message>
    <message>
        <source>GCoM CRF</source>
        <translation>GCoM CRF</translation>
    </message>
    <message>
        <source>CDP</source>
        <translation>CDP</translation>
    </message>
    <message>
        <source>National view</source>
        <translation>National view</translation>
    </message>
    <message>
        <source>Activity data</source>
        <translation>Activity data</translation>
    </message>
    <message>
        <source>Factors used</source>
        <translation>Factors used</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>activity.csv</source>
        <translation>activity.csv</translation>
    </message>
    <message>
        <source>Export as a draft (DRAFT in the file name and on the cover)</source>
        <translation>Export as a draft (DRAFT in the file name and on the cover)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FactorTexts</name>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>IPCC Fifth Assessment (CH4 {ch4}, N2O {n2o}): what GCoM and CDP expect. Recommended.</source>
        <translation>IPCC Fifth Assessment (CH4 {ch4}, N2O {n2o}): what GCoM and CDP expect. Recommended.</translation>
    </message>
    <message>
        <source>IPCC Fourth Assessment (CH4 {ch4}, N2O {n2o}): also accepted by the GCoM reporting framework.</source>
        <translation>IPCC Fourth Assessment (CH4 {ch4}, N2O {n2o}): also accepted by the GCoM reporting framework.</translation>
    </message>
    <message>
        <source>IPCC Second Assessment (CH4 {ch4}, N2O {n2o}): the emissions-trading scheme and the older national series.</source>
        <translation>IPCC Second Assessment (CH4 {ch4}, N2O {n2o}): the emissions-trading scheme and the older national series.</translation>
    </message>
    <message>
        <source>IPCC Sixth Assessment (CH4 {ch4}, N2O {n2o}): the newest values; GCoM asks for a reason.</source>
        <translation>IPCC Sixth Assessment (CH4 {ch4}, N2O {n2o}): the newest values; GCoM asks for a reason.</translation>
    </message>
    <message>
        <source>Emissions-trading guideline (Energy Act NCV, national carbon contents)</source>
        <translation>Emissions-trading guideline (Energy Act NCV, national carbon contents)</translation>
    </message>
    <message>
        <source>National approval 2022 (GIR)</source>
        <translation>National approval 2022 (GIR)</translation>
    </message>
    <message>
        <source>IPCC 2006 defaults</source>
        <translation>IPCC 2006 defaults</translation>
    </message>
    <message>
        <source>CO2 in kg/TJ: {examples}. CH4 and N2O: IPCC 2006 Tier 1 by sector.</source>
        <translation>CO2 in kg/TJ: {examples}. CH4 and N2O: IPCC 2006 Tier 1 by sector.</translation>
    </message>
    <message>
        <source>CO2 {co2} t, CH4 {ch4} kg, N2O {n2o} kg per MWh (published as {co2e} tCO2e/MWh with {gwp})</source>
        <translation>CO2 {co2} t, CH4 {ch4} kg, N2O {n2o} kg per MWh (published as {co2e} tCO2e/MWh with {gwp})</translation>
    </message>
    <message>
        <source>{co2e} tCO2e/MWh (no split by gas published)</source>
        <translation>{co2e} tCO2e/MWh (no split by gas published)</translation>
    </message>
    <message>
        <source>Confidence: {confidence}</source>
        <translation>Confidence: {confidence}</translation>
    </message>
    <message>
        <source>The edition meant for {year} is {edition}.</source>
        <translation>The edition meant for {year} is {edition}.</translation>
    </message>
    <message>
        <source>Consumption side (소비단): losses inside scope 2</source>
        <translation>Consumption side (소비단): losses inside scope 2</translation>
    </message>
    <message>
        <source>Generation side (발전단): losses in scope 3</source>
        <translation>Generation side (발전단): losses in scope 3</translation>
    </message>
    <message>
        <source>Scope 2 (I.x.2) at {gen} t CO2/MWh ({edition}); the transmission and distribution losses, {loss} t CO2/MWh consumed (implied loss rate {rate} %), are calculated into I.x.3 and II.x.3 (scope 3, BASIC+).</source>
        <translation>Scope 2 (I.x.2) at {gen} t CO2/MWh ({edition}); the transmission and distribution losses, {loss} t CO2/MWh consumed (implied loss rate {rate} %), are calculated into I.x.3 and II.x.3 (scope 3, BASIC+).</translation>
    </message>
    <message>
        <source>The consumption-side factor includes the transmission and distribution losses, so they stay in scope 2 (I.x.2) and the I.x.3 rows are IE.</source>
        <translation>The consumption-side factor includes the transmission and distribution losses, so they stay in scope 2 (I.x.2) and the I.x.3 rows are IE.</translation>
    </message>
    <message>
        <source>{edition} publishes no generation side; editions with both sides: {editions}.</source>
        <translation>{edition} publishes no generation side; editions with both sides: {editions}.</translation>
    </message>
    <message>
        <source>CO2 {value}, CH4 {ch4}, N2O {n2o} kg/TJ (confidence: {confidence})</source>
        <translation>CO2 {value}, CH4 {ch4}, N2O {n2o} kg/TJ (confidence: {confidence})</translation>
    </message>
    <message>
        <source>A national average of unverified origin: choose your heat supplier's published factor where it is listed.</source>
        <translation>A national average of unverified origin: choose your heat supplier's published factor where it is listed.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Opening the inventory…</source>
        <translation>Opening the inventory…</translation>
    </message>
    <message>
        <source>Building the sample city…</source>
        <translation>Building the sample city…</translation>
    </message>
    <message>
        <source>Importing activity data…</source>
        <translation>Importing activity data…</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*{suffix})</source>
        <translation>gcomdesk inventories (*{suffix})</translation>
    </message>
    <message>
        <source>The inventory was not created</source>
        <translation>The inventory was not created</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>Open an inventory</translation>
    </message>
    <message>
        <source>Hanbit workshop{suffix}</source>
        <translation>Hanbit workshop{suffix}</translation>
    </message>
    <message>
        <source>Save your workshop copy as</source>
        <translation>Save your workshop copy as</translation>
    </message>
    <message>
        <source>The workshop copy was not made</source>
        <translation>The workshop copy was not made</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <source>The file could not be read ({error}). It was not changed.</source>
        <translation>The file could not be read ({error}). It was not changed.</translation>
    </message>
    <message>
        <source>Save what can be read to a new file? The damaged file is only read, never changed.</source>
        <translation>Save what can be read to a new file? The damaged file is only read, never changed.</translation>
    </message>
    <message>
        <source>Save what can be read as</source>
        <translation>Save what can be read as</translation>
    </message>
    <message>
        <source>Saved what could be read</source>
        <translation>Saved what could be read</translation>
    </message>
    <message>
        <source>{records} records were saved to {path}; {count} items could not be read and were left out (details).</source>
        <translation>{records} records were saved to {path}; {count} items could not be read and were left out (details).</translation>
    </message>
    <message>
        <source>Import activity data</source>
        <translation>Import activity data</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Years not in this inventory</source>
        <translation>Years not in this inventory</translation>
    </message>
    <message>
        <source>{file} has rows for {years}, which this project does not hold. Add these years and import? (One undo step takes it all back.)</source>
        <translation>{file} has rows for {years}, which this project does not hold. Add these years and import? (One undo step takes it all back.)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Records imported: {count}.</source>
        <translation>Records imported: {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>A copy was saved as {path}.</source>
        <translation>A copy was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>FindRowDialog</name>
    <message>
        <source>Find a GPC row</source>
        <translation>Find a GPC row</translation>
    </message>
    <message>
        <source>&amp;Type a reference number or words (e.g. I.1.2, 전력, landfill):</source>
        <translation>&amp;Type a reference number or words (e.g. I.1.2, 전력, landfill):</translation>
    </message>
    <message>
        <source>Search GPC rows</source>
        <translation>Search GPC rows</translation>
    </message>
    <message>
        <source>Matching GPC rows</source>
        <translation>Matching GPC rows</translation>
    </message>
</context>
<context>
    <name>GpcChoice</name>
    <message>
        <source>Enter data</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <source>Type the amounts from your data in the table below</source>
        <translation>Type the amounts from your data in the table below</translation>
    </message>
    <message>
        <source>NO · not occurring</source>
        <translation>NO · not occurring</translation>
    </message>
    <message>
        <source>This activity does not happen in the city; say how you know</source>
        <translation>This activity does not happen in the city; say how you know</translation>
    </message>
    <message>
        <source>IE · included elsewhere</source>
        <translation>IE · included elsewhere</translation>
    </message>
    <message>
        <source>Counted under another row; say which row and why</source>
        <translation>Counted under another row; say which row and why</translation>
    </message>
    <message>
        <source>NE · not estimated</source>
        <translation>NE · not estimated</translation>
    </message>
    <message>
        <source>It happens but was not estimated; say why</source>
        <translation>It happens but was not estimated; say why</translation>
    </message>
    <message>
        <source>C · confidential</source>
        <translation>C · confidential</translation>
    </message>
    <message>
        <source>The figure exists but cannot be published; say why</source>
        <translation>The figure exists but cannot be published; say why</translation>
    </message>
    <message>
        <source>territorial total only</source>
        <translation>territorial total only</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref}&lt;/b&gt; · scope {scope} · {level} — {title}</source>
        <translation>&lt;b&gt;{ref}&lt;/b&gt; · scope {scope} · {level} — {title}</translation>
    </message>
    <message>
        <source>Where the number usually comes from: {source}</source>
        <translation>Where the number usually comes from: {source}</translation>
    </message>
    <message>
        <source>Explanation for {ref}</source>
        <translation>Explanation for {ref}</translation>
    </message>
    <message>
        <source>Row where {ref} is included</source>
        <translation>Row where {ref} is included</translation>
    </message>
    <message>
        <source>Where is it included?</source>
        <translation>Where is it included?</translation>
    </message>
    <message>
        <source>Estimate from national data…</source>
        <translation>Estimate from national data…</translation>
    </message>
    <message>
        <source>Propose a labelled top-down estimate for {ref}: the national inventory scaled by a local proxy</source>
        <translation>Propose a labelled top-down estimate for {ref}: the national inventory scaled by a local proxy</translation>
    </message>
    <message>
        <source>Explain the key (required)</source>
        <translation>Explain the key (required)</translation>
    </message>
    <message>
        <source>Choose a key to explain it</source>
        <translation>Choose a key to explain it</translation>
    </message>
    <message>
        <source>{value} tCO2e</source>
        <translation>{value} tCO2e</translation>
    </message>
    <message>
        <source>Estimated (top-down), quality Low: entering measured data here replaces the estimate.</source>
        <translation>Estimated (top-down), quality Low: entering measured data here replaces the estimate.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
    <message>
        <source>Optional at this reporting level.</source>
        <translation>Optional at this reporting level.</translation>
    </message>
    <message>
        <source>✓ Answered.</source>
        <translation>✓ Answered.</translation>
    </message>
    <message>
        <source>The key counts only with an explanation.</source>
        <translation>The key counts only with an explanation.</translation>
    </message>
    <message>
        <source>Choose the row where it is included.</source>
        <translation>Choose the row where it is included.</translation>
    </message>
    <message>
        <source>This row has data and a key: keep one.</source>
        <translation>This row has data and a key: keep one.</translation>
    </message>
    <message>
        <source>Some rows in the table need attention.</source>
        <translation>Some rows in the table need attention.</translation>
    </message>
    <message>
        <source>Choose {key} for {ref}</source>
        <translation>Choose {key} for {ref}</translation>
    </message>
    <message>
        <source>Explain {key} for {ref}</source>
        <translation>Explain {key} for {ref}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>found automatically</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>not said (a gas in m3 is refused)</source>
        <translation>not said (a gas in m3 is refused)</translation>
    </message>
    <message>
        <source>Nm3: normal, 0 °C (Korean gas supply statistics)</source>
        <translation>Nm3: normal, 0 °C (Korean gas supply statistics)</translation>
    </message>
    <message>
        <source>Sm3: standard, 15 °C (x 0.948 Nm3)</source>
        <translation>Sm3: standard, 15 °C (x 0.948 Nm3)</translation>
    </message>
    <message>
        <source>&amp;Gas in m3 / 천㎥ is:</source>
        <translation>&amp;Gas in m3 / 천㎥ is:</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>Read &amp;as:</translation>
    </message>
    <message>
        <source>e.g. 심야=I.1.2, 기타=III.1.1 (a category the table cannot place by itself)</source>
        <translation>e.g. 심야=I.1.2, 기타=III.1.1 (a category the table cannot place by itself)</translation>
    </message>
    <message>
        <source>A&amp;nswers:</source>
        <translation>A&amp;nswers:</translation>
    </message>
    <message>
        <source>&amp;Map the columns myself</source>
        <translation>&amp;Map the columns myself</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>recognise it (gcomdesk's layout or a known source table)</source>
        <translation>recognise it (gcomdesk's layout or a known source table)</translation>
    </message>
    <message>
        <source>gcomdesk's import layout</source>
        <translation>gcomdesk's import layout</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <source>&amp;Import {count} rows</source>
        <translation>&amp;Import {count} rows</translation>
    </message>
    <message>
        <source>Nothing can be imported: {reason}</source>
        <translation>Nothing can be imported: {reason}</translation>
    </message>
    <message>
        <source>{ok} rows ok, {warning} with warnings, {error} with errors, {skipped} skipped (totals).</source>
        <translation>{ok} rows ok, {warning} with warnings, {error} with errors, {skipped} skipped (totals).</translation>
    </message>
    <message>
        <source>Read as the source table '{name}'.</source>
        <translation>Read as the source table '{name}'.</translation>
    </message>
    <message>
        <source>Header in row {row}.</source>
        <translation>Header in row {row}.</translation>
    </message>
    <message>
        <source>Some columns are not gcomdesk's: say what each column holds.</source>
        <translation>Some columns are not gcomdesk's: say what each column holds.</translation>
    </message>
    <message>
        <source>Say whether the gas volumes in m3 are Nm3 (0 °C) or Sm3 (15 °C).</source>
        <translation>Say whether the gas volumes in m3 are Nm3 (0 °C) or Sm3 (15 °C).</translation>
    </message>
    <message>
        <source>Rows for {years}, which this inventory does not hold: you will be asked before these years are added.</source>
        <translation>Rows for {years}, which this inventory does not hold: you will be asked before these years are added.</translation>
    </message>
    <message>
        <source>Fix the errors (in the file or with the choices above); nothing is imported while any remain.</source>
        <translation>Fix the errors (in the file or with the choices above); nothing is imported while any remain.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (hidden)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
</context>
<context>
    <name>KeyCompareDialog</name>
    <message>
        <source>Compare with the answer key</source>
        <translation>Compare with the answer key</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC row</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>Kind of mistake</translation>
    </message>
    <message>
        <source>Key tCO2e</source>
        <translation>Key tCO2e</translation>
    </message>
    <message>
        <source>Your tCO2e</source>
        <translation>Your tCO2e</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Answer &amp;key:</source>
        <translation>Answer &amp;key:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BASIC total: {basic} tCO2e
BASIC+: {plus} tCO2e</source>
        <translation>BASIC total: {basic} tCO2e
BASIC+: {plus} tCO2e</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <source>Steps of the inventory</source>
        <translation>Steps of the inventory</translation>
    </message>
    <message>
        <source>Each step shows its state and the number of open problems. Use the arrow keys to move between steps.</source>
        <translation>Each step shows its state and the number of open problems. Use the arrow keys to move between steps.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New inventory…</source>
        <translation>&amp;New inventory…</translation>
    </message>
    <message>
        <source>Start a new inventory file</source>
        <translation>Start a new inventory file</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open an inventory file</source>
        <translation>Open an inventory file</translation>
    </message>
    <message>
        <source>Open the &amp;sample city</source>
        <translation>Open the &amp;sample city</translation>
    </message>
    <message>
        <source>&amp;Workshop copy of the sample…</source>
        <translation>&amp;Workshop copy of the sample…</translation>
    </message>
    <message>
        <source>&amp;Import activity data…</source>
        <translation>&amp;Import activity data…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Every change is already saved; this writes a copy of the file elsewhere</source>
        <translation>Every change is already saved; this writes a copy of the file elsewhere</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find a GPC row…</source>
        <translation>&amp;Find a GPC row…</translation>
    </message>
    <message>
        <source>Go to a GPC reference number or sub-sector</source>
        <translation>Go to a GPC reference number or sub-sector</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>&amp;Step list</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Show the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About gcomdesk</source>
        <translation>&amp;About gcomdesk</translation>
    </message>
</context>
<context>
    <name>MethodForm</name>
    <message>
        <source>New calculation</source>
        <translation>New calculation</translation>
    </message>
    <message>
        <source>No result yet: correct the inputs above.</source>
        <translation>No result yet: correct the inputs above.</translation>
    </message>
    <message>
        <source>Result: {total} tCO2e ({gwp}) — {parts}</source>
        <translation>Result: {total} tCO2e ({gwp}) — {parts}</translation>
    </message>
    <message>
        <source>Calculate {ref} with {name}</source>
        <translation>Calculate {ref} with {name}</translation>
    </message>
    <message>
        <source>Reported tonnes must be numbers of zero or more: {label}</source>
        <translation>Reported tonnes must be numbers of zero or more: {label}</translation>
    </message>
    <message>
        <source>Give the reported tonnes and the reason for replacing the method.</source>
        <translation>Give the reported tonnes and the reason for replacing the method.</translation>
    </message>
    <message>
        <source>Replace {ref} by a reported figure</source>
        <translation>Replace {ref} by a reported figure</translation>
    </message>
    <message>
        <source>Use the method again for {ref}</source>
        <translation>Use the method again for {ref}</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Inputs for {ref}</source>
        <translation>Inputs for {ref}</translation>
    </message>
    <message>
        <source>Factors and defaults</source>
        <translation>Factors and defaults</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Replace with a facility-reported figure…</source>
        <translation>Replace with a facility-reported figure…</translation>
    </message>
    <message>
        <source>Use the method again</source>
        <translation>Use the method again</translation>
    </message>
    <message>
        <source>Facility-reported figure</source>
        <translation>Facility-reported figure</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>Source of the figure</translation>
    </message>
    <message>
        <source>Reason for replacing the method</source>
        <translation>Reason for replacing the method</translation>
    </message>
    <message>
        <source>Replace the method</source>
        <translation>Replace the method</translation>
    </message>
    <message>
        <source>Source of your value</source>
        <translation>Source of your value</translation>
    </message>
    <message>
        <source>Default: {value} — {source}</source>
        <translation>Default: {value} — {source}</translation>
    </message>
    <message>
        <source>Default ({label})</source>
        <translation>Default ({label})</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
</context>
<context>
    <name>MethodSection</name>
    <message>
        <source>Calculate {ref} with a method</source>
        <translation>Calculate {ref} with a method</translation>
    </message>
</context>
<context>
    <name>NewInventory</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Save the new inventory as</source>
        <translation>Save the new inventory as</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*{suffix})</source>
        <translation>gcomdesk inventories (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
</context>
<context>
    <name>NewInventoryDialog</name>
    <message>
        <source>New inventory</source>
        <translation>New inventory</translation>
    </message>
    <message>
        <source>Five answers are enough to start. You can change all of them later on the Profile step.</source>
        <translation>Five answers are enough to start. You can change all of them later on the Profile step.</translation>
    </message>
    <message>
        <source>&amp;Region (시·도):</source>
        <translation>&amp;Region (시·도):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Level of government</translation>
    </message>
    <message>
        <source>&amp;Municipality (시·군·구):</source>
        <translation>&amp;Municipality (시·군·구):</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>Municipality name</translation>
    </message>
    <message>
        <source>e.g. 천안시 (leave empty for the whole region)</source>
        <translation>e.g. 천안시 (leave empty for the whole region)</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>optional, for GCoM and CDP</source>
        <translation>optional, for GCoM and CDP</translation>
    </message>
    <message>
        <source>Inventory &amp;year:</source>
        <translation>Inventory &amp;year:</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>Inventory year</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>Global warming potentials (GWP set)</source>
        <translation>Global warming potentials (GWP set)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>File to create</source>
        <translation>File to create</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page could not be shown because of an internal error. The details are in the log file (Help › About shows its folder); the other steps still work.</source>
        <translation>This page could not be shown because of an internal error. The details are in the log file (Help › About shows its folder); the other steps still work.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Province or metropolitan city (광역)</source>
        <translation>Province or metropolitan city (광역)</translation>
    </message>
    <message>
        <source>City, county or district (기초)</source>
        <translation>City, county or district (기초)</translation>
    </message>
    <message>
        <source>BASIC (energy, transport, waste)</source>
        <translation>BASIC (energy, transport, waste)</translation>
    </message>
    <message>
        <source>BASIC+ (adds IPPU, AFOLU, losses, trips outside)</source>
        <translation>BASIC+ (adds IPPU, AFOLU, losses, trips outside)</translation>
    </message>
    <message>
        <source>&amp;Use the defaults for {year}</source>
        <translation>&amp;Use the defaults for {year}</translation>
    </message>
    <message>
        <source>GWP AR5, the emissions-trading fuel factors and the electricity factor meant for {year} ({edition})</source>
        <translation>GWP AR5, the emissions-trading fuel factors and the electricity factor meant for {year} ({edition})</translation>
    </message>
    <message>
        <source>These are the defaults for {year}.</source>
        <translation>These are the defaults for {year}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <source>Fuel factors</source>
        <translation>Fuel factors</translation>
    </message>
    <message>
        <source>Electricity edition published for</source>
        <translation>Electricity edition published for</translation>
    </message>
    <message>
        <source>Every year is calculated with the editions chosen above; each year's own editions are kept and come back with the other choice.</source>
        <translation>Every year is calculated with the editions chosen above; each year's own editions are kept and come back with the other choice.</translation>
    </message>
    <message>
        <source>The factor choices above are those of {year}; choose another year in the toolbar's year selector to see or change its own.</source>
        <translation>The factor choices above are those of {year}; choose another year in the toolbar's year selector to see or change its own.</translation>
    </message>
    <message>
        <source>the editions of every year</source>
        <translation>the editions of every year</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>Change {field}</translation>
    </message>
    <message>
        <source>the factor defaults</source>
        <translation>the factor defaults</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>&amp;Name (Korean):</source>
        <translation>&amp;Name (Korean):</translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation>Name in Korean</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Level of government</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Inventory &amp;year:</source>
        <translation>Inventory &amp;year:</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>Inventory year</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>&amp;Base year:</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>&amp;Area (km2):</source>
        <translation>&amp;Area (km2):</translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation>Area in square kilometres</translation>
    </message>
    <message>
        <source>&amp;GRDP (billion KRW):</source>
        <translation>&amp;GRDP (billion KRW):</translation>
    </message>
    <message>
        <source>Gross regional domestic product in billion won</source>
        <translation>Gross regional domestic product in billion won</translation>
    </message>
    <message>
        <source>Reporting &amp;level:</source>
        <translation>Reporting &amp;level:</translation>
    </message>
    <message>
        <source>Reporting level</source>
        <translation>Reporting level</translation>
    </message>
    <message>
        <source>Factor choices</source>
        <translation>Factor choices</translation>
    </message>
    <message>
        <source>G&amp;WP set:</source>
        <translation>G&amp;WP set:</translation>
    </message>
    <message>
        <source>GWP set</source>
        <translation>GWP set</translation>
    </message>
    <message>
        <source>&amp;Fuel factors:</source>
        <translation>&amp;Fuel factors:</translation>
    </message>
    <message>
        <source>Fuel factor set</source>
        <translation>Fuel factor set</translation>
    </message>
    <message>
        <source>&amp;Electricity factor:</source>
        <translation>&amp;Electricity factor:</translation>
    </message>
    <message>
        <source>Electricity factor edition</source>
        <translation>Electricity factor edition</translation>
    </message>
    <message>
        <source>Grid factor si&amp;de:</source>
        <translation>Grid factor si&amp;de:</translation>
    </message>
    <message>
        <source>Grid factor side: consumption or generation</source>
        <translation>Grid factor side: consumption or generation</translation>
    </message>
    <message>
        <source>&amp;Heat factor:</source>
        <translation>&amp;Heat factor:</translation>
    </message>
    <message>
        <source>District heat factor edition</source>
        <translation>District heat factor edition</translation>
    </message>
    <message>
        <source>Factor editions of every year</source>
        <translation>Factor editions of every year</translation>
    </message>
    <message>
        <source>Each year uses its &amp;own editions (by default the ones published for that year)</source>
        <translation>Each year uses its &amp;own editions (by default the ones published for that year)</translation>
    </message>
    <message>
        <source>Every year uses the &amp;same editions (those chosen above; a consistent time series)</source>
        <translation>Every year uses the &amp;same editions (those chosen above; a consistent time series)</translation>
    </message>
    <message>
        <source>Factor editions of every inventory year</source>
        <translation>Factor editions of every inventory year</translation>
    </message>
    <message>
        <source>Boundary and preparer</source>
        <translation>Boundary and preparer</translation>
    </message>
    <message>
        <source>B&amp;oundary notes:</source>
        <translation>B&amp;oundary notes:</translation>
    </message>
    <message>
        <source>Boundary notes</source>
        <translation>Boundary notes</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Prepared &amp;by:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Contact of the preparer</source>
        <translation>Contact of the preparer</translation>
    </message>
</context>
<context>
    <name>RecordsTable</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Not a number: type digits, e.g. 1,234.5</source>
        <translation>Not a number: type digits, e.g. 1,234.5</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC row</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>CO2 (t)</source>
        <translation>CO2 (t)</translation>
    </message>
    <message>
        <source>CH4 (t)</source>
        <translation>CH4 (t)</translation>
    </message>
    <message>
        <source>N2O (t)</source>
        <translation>N2O (t)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Result (tCO2e)</source>
        <translation>Result (tCO2e)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>H · high</source>
        <translation>H · high</translation>
    </message>
    <message>
        <source>M · medium</source>
        <translation>M · medium</translation>
    </message>
    <message>
        <source>L · low</source>
        <translation>L · low</translation>
    </message>
    <message>
        <source>Reported tonnes</source>
        <translation>Reported tonnes</translation>
    </message>
    <message>
        <source>Method: {code}</source>
        <translation>Method: {code}</translation>
    </message>
    <message>
        <source>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t</source>
        <translation>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t</translation>
    </message>
    <message>
        <source>CO2e without a split by gas: {value} t</source>
        <translation>CO2e without a split by gas: {value} t</translation>
    </message>
    <message>
        <source>Biogenic CO2 (reported apart): {value} t</source>
        <translation>Biogenic CO2 (reported apart): {value} t</translation>
    </message>
    <message>
        <source>A number; thousands separators are fine (1,234.5)</source>
        <translation>A number; thousands separators are fine (1,234.5)</translation>
    </message>
    <message>
        <source>{value} TJ</source>
        <translation>{value} TJ</translation>
    </message>
    <message>
        <source>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t → {total} tCO2e ({gwp})</source>
        <translation>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t → {total} tCO2e ({gwp})</translation>
    </message>
    <message>
        <source>Factors per {unit}: CO2 {co2} kg · CH4 {ch4} kg · N2O {n2o} kg</source>
        <translation>Factors per {unit}: CO2 {co2} kg · CH4 {ch4} kg · N2O {n2o} kg</translation>
    </message>
    <message>
        <source>Reported tonnes per gas</source>
        <translation>Reported tonnes per gas</translation>
    </message>
    <message>
        <source>Edit {column} of {gpc_ref}</source>
        <translation>Edit {column} of {gpc_ref}</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>&amp;Data request workbook…</source>
        <translation>&amp;Data request workbook…</translation>
    </message>
    <message>
        <source>A workbook to send a department or supplier, which imports back as it is</source>
        <translation>A workbook to send a department or supplier, which imports back as it is</translation>
    </message>
    <message>
        <source>Data request workbook saved as {path} ({count} GPC rows still need data).</source>
        <translation>Data request workbook saved as {path} ({count} GPC rows still need data).</translation>
    </message>
    <message>
        <source>Writing the data request workbook…</source>
        <translation>Writing the data request workbook…</translation>
    </message>
    <message>
        <source>The workbook was not saved</source>
        <translation>The workbook was not saved</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Data request workbook</source>
        <translation>Data request workbook</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The workbook lists the GPC rows of the sector that still have no data in {year}, with an instructions sheet for the department. What comes back is imported with File &gt; Import activity data, without any mapping.</source>
        <translation>The workbook lists the GPC rows of the sector that still have no data in {year}, with an instructions sheet for the department. What comes back is imported with File &gt; Import activity data, without any mapping.</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Language of the workbook:</source>
        <translation>&amp;Language of the workbook:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Totals (tCO2e)</source>
        <translation>Totals (tCO2e)</translation>
    </message>
    <message>
        <source>Direct and indirect emissions are shown apart and never added.</source>
        <translation>Direct and indirect emissions are shown apart and never added.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... and %n more</numerusform><numerusform>... and %n more</numerusform></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 acknowledged. Click a finding to go to the field.</source>
        <translation>%1 errors, %2 warnings, %3 notes, %4 acknowledged. Click a finding to go to the field.</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>How to fix:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Acknowledged:</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Acknowledge a warning</translation>
    </message>
    <message>
        <source>Withdraw an acknowledgement</source>
        <translation>Withdraw an acknowledgement</translation>
    </message>
    <message>
        <source>IPCC category</source>
        <translation>IPCC category</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direct (tCO2e)</source>
        <translation>Direct (tCO2e)</translation>
    </message>
    <message>
        <source>Indirect (tCO2e)</source>
        <translation>Indirect (tCO2e)</translation>
    </message>
    <message>
        <source>National (tCO2e)</source>
        <translation>National (tCO2e)</translation>
    </message>
    <message>
        <source>Local share</source>
        <translation>Local share</translation>
    </message>
    <message>
        <source>The national comparison needs the inventory year.</source>
        <translation>The national comparison needs the inventory year.</translation>
    </message>
    <message>
        <source>The GPC, IPCC and GIR views agree.</source>
        <translation>The GPC, IPCC and GIR views agree.</translation>
    </message>
    <message>
        <source>The GPC, IPCC and GIR views do not add up to the same totals.</source>
        <translation>The GPC, IPCC and GIR views do not add up to the same totals.</translation>
    </message>
    <message>
        <source>National inventory %1 (%2), in tonnes. Direct %3 t, indirect %4 t. </source>
        <translation>National inventory %1 (%2), in tonnes. Direct %3 t, indirect %4 t. </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Hide acknowledged</source>
        <translation>Hide acknowledged</translation>
    </message>
    <message>
        <source>Why this warning is acceptable (stored with the inventory)</source>
        <translation>Why this warning is acceptable (stored with the inventory)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>National categories</source>
        <translation>National categories</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Why the figure changed between years (asked by GCoM and CDP)</source>
        <translation>Why the figure changed between years (asked by GCoM and CDP)</translation>
    </message>
</context>
<context>
    <name>RollupController</name>
    <message>
        <source>&amp;Roll up municipal inventories…</source>
        <translation>&amp;Roll up municipal inventories…</translation>
    </message>
    <message>
        <source>Add up municipal .gcdx files into a provincial inventory, with each one's contribution</source>
        <translation>Add up municipal .gcdx files into a provincial inventory, with each one's contribution</translation>
    </message>
    <message>
        <source>{count} rows moved since the previous roll-up.</source>
        <translation>{count} rows moved since the previous roll-up.</translation>
    </message>
    <message>
        <source>Roll-up written</source>
        <translation>Roll-up written</translation>
    </message>
    <message>
        <source>{path}: {count} municipalities, {year}.</source>
        <translation>{path}: {count} municipalities, {year}.</translation>
    </message>
    <message>
        <source>Rolling up the municipal inventories…</source>
        <translation>Rolling up the municipal inventories…</translation>
    </message>
    <message>
        <source>Nothing was rolled up</source>
        <translation>Nothing was rolled up</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up municipal inventories</source>
        <translation>Roll up municipal inventories</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The municipal files are only read. Each GPC row of the province is the sum of the municipalities' results on the province's GWP set and factor editions; territorial rows (I.4.4, III.n.3) stay the province's own. Rolling up into an existing province file replaces its previous roll-up and says what moved.</source>
        <translation>The municipal files are only read. Each GPC row of the province is the sum of the municipalities' results on the province's GWP set and factor editions; territorial rows (I.4.4, III.n.3) stay the province's own. Rolling up into an existing province file replaces its previous roll-up and says what moved.</translation>
    </message>
    <message>
        <source>Roll &amp;up</source>
        <translation>Roll &amp;up</translation>
    </message>
    <message>
        <source>&amp;Municipal files:</source>
        <translation>&amp;Municipal files:</translation>
    </message>
    <message>
        <source>&amp;Province file:</source>
        <translation>&amp;Province file:</translation>
    </message>
    <message>
        <source>Municipal inventories</source>
        <translation>Municipal inventories</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*.gcdx)</source>
        <translation>gcomdesk inventories (*.gcdx)</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <source>Sub-sectors of {step}</source>
        <translation>Sub-sectors of {step}</translation>
    </message>
    <message>
        <source>Step total: {value} tCO2e</source>
        <translation>Step total: {value} tCO2e</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>A greenhouse-gas inventory for your city or province, step by step: GPC, GCoM and CDP, in Korean or English, without an internet connection.</source>
        <translation>A greenhouse-gas inventory for your city or province, step by step: GPC, GCoM and CDP, in Korean or English, without an internet connection.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;New inventory…</source>
        <translation>&amp;New inventory…</translation>
    </message>
    <message>
        <source>A short form: region, municipality, level, year, population and GWP set</source>
        <translation>A short form: region, municipality, level, year, population and GWP set</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>Open the &amp;sample city (한빛시)</source>
        <translation>Open the &amp;sample city (한빛시)</translation>
    </message>
    <message>
        <source>A complete fictional inventory to look around in; it is rebuilt fresh each time</source>
        <translation>A complete fictional inventory to look around in; it is rebuilt fresh each time</translation>
    </message>
    <message>
        <source>&amp;Workshop: my own copy of the sample…</source>
        <translation>&amp;Workshop: my own copy of the sample…</translation>
    </message>
    <message>
        <source>Saves a copy of the sample city where you choose, for exercises; the bundled sample is never changed</source>
        <translation>Saves a copy of the sample city where you choose, for exercises; the bundled sample is never changed</translation>
    </message>
    <message>
        <source>Every change is saved in the file the moment you make it. Nothing is sent anywhere.</source>
        <translation>Every change is saved in the file the moment you make it. Nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>Press Enter to open the selected file</source>
        <translation>Press Enter to open the selected file</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>No recent files yet.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Stationary energy</source>
        <translation>Stationary energy</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transportation</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Industrial processes &amp; product use</source>
        <translation>Industrial processes &amp; product use</translation>
    </message>
    <message>
        <source>Agriculture, forestry &amp; land use</source>
        <translation>Agriculture, forestry &amp; land use</translation>
    </message>
    <message>
        <source>Review &amp; checks</source>
        <translation>Review &amp; checks</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Problems: {count}</source>
        <translation>Problems: {count}</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} of {total} rows</translation>
    </message>
</context>
<context>
    <name>SubsectorCard</name>
    <message>
        <source>&amp;Add a row for</source>
        <translation>&amp;Add a row for</translation>
    </message>
    <message>
        <source>Adds an empty row to the table (Insert)</source>
        <translation>Adds an empty row to the table (Insert)</translation>
    </message>
    <message>
        <source>GPC row of the new table row</source>
        <translation>GPC row of the new table row</translation>
    </message>
    <message>
        <source>&amp;Delete selected rows</source>
        <translation>&amp;Delete selected rows</translation>
    </message>
    <message>
        <source>Deletes the selected table rows (Delete); Undo brings them back</source>
        <translation>Deletes the selected table rows (Delete); Undo brings them back</translation>
    </message>
    <message>
        <source>Data of {subsector}</source>
        <translation>Data of {subsector}</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Select every row</translation>
    </message>
    <message>
        <source>Sub-sector total: {value} tCO2e</source>
        <translation>Sub-sector total: {value} tCO2e</translation>
    </message>
    <message>
        <source>Add a row to {ref}</source>
        <translation>Add a row to {ref}</translation>
    </message>
    <message>
        <source>Delete rows ({count})</source>
        <translation>Delete rows ({count})</translation>
    </message>
    <message>
        <source>Enter data for {ref}</source>
        <translation>Enter data for {ref}</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>Paste rows ({count})</source>
        <translation>Paste rows ({count})</translation>
    </message>
    <message>
        <source>Pasted cells that did not fit their column and were left out: {count}.</source>
        <translation>Pasted cells that did not fit their column and were left out: {count}.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
</context>
<context>
    <name>TrainerDialog</name>
    <message>
        <source>Workshop kit for trainers</source>
        <translation>Workshop kit for trainers</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Everything stays on this computer: the kit reads and writes local files only.</source>
        <translation>Everything stays on this computer: the kit reads and writes local files only.</translation>
    </message>
    <message>
        <source>the sample city 한빛시</source>
        <translation>the sample city 한빛시</translation>
    </message>
    <message>
        <source>Prepare the &amp;workshop</source>
        <translation>Prepare the &amp;workshop</translation>
    </message>
    <message>
        <source>Inventory to train on:</source>
        <translation>Inventory to train on:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Sectors to clear:</source>
        <translation>Sectors to clear:</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>&amp;Language of the files:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>optional: a workbook for the room (.xlsx)</source>
        <translation>optional: a workbook for the room (.xlsx)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC row</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>Kind of mistake</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Answer &amp;key:</source>
        <translation>Answer &amp;key:</translation>
    </message>
    <message>
        <source>Participants' f&amp;older:</source>
        <translation>Participants' f&amp;older:</translation>
    </message>
    <message>
        <source>Comparison &amp;workbook:</source>
        <translation>Comparison &amp;workbook:</translation>
    </message>
    <message>
        <source>Inventory to train on</source>
        <translation>Inventory to train on</translation>
    </message>
    <message>
        <source>Folder for the workshop</source>
        <translation>Folder for the workshop</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>Participants' folder</source>
        <translation>Participants' folder</translation>
    </message>
    <message>
        <source>Comparison workbook</source>
        <translation>Comparison workbook</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>&amp;Workshop kit for trainers…</source>
        <translation>&amp;Workshop kit for trainers…</translation>
    </message>
    <message>
        <source>Prepare exercise files and data sheets; compare the participants' files with the answer key</source>
        <translation>Prepare exercise files and data sheets; compare the participants' files with the answer key</translation>
    </message>
    <message>
        <source>Compare with the answer &amp;key…</source>
        <translation>Compare with the answer &amp;key…</translation>
    </message>
    <message>
        <source>Your entries against the trainer's answer key, each difference with its likely cause</source>
        <translation>Your entries against the trainer's answer key, each difference with its likely cause</translation>
    </message>
    <message>
        <source>Tick at least one sector to clear.</source>
        <translation>Tick at least one sector to clear.</translation>
    </message>
    <message>
        <source>{count} exercise files, their data sheets and the answer key written in {folder}.</source>
        <translation>{count} exercise files, their data sheets and the answer key written in {folder}.</translation>
    </message>
    <message>
        <source>Preparing the workshop…</source>
        <translation>Preparing the workshop…</translation>
    </message>
    <message>
        <source>{count} participants, {mistakes} differences. Most common: {classes}</source>
        <translation>{count} participants, {mistakes} differences. Most common: {classes}</translation>
    </message>
    <message>
        <source>Comparing the participants' files…</source>
        <translation>Comparing the participants' files…</translation>
    </message>
    <message>
        <source>{count} differences from the answer key.</source>
        <translation>{count} differences from the answer key.</translation>
    </message>
    <message>
        <source>No differences: your inventory matches the answer key.</source>
        <translation>No differences: your inventory matches the answer key.</translation>
    </message>
    <message>
        <source>Comparing with the answer key…</source>
        <translation>Comparing with the answer key…</translation>
    </message>
</context>
<context>
    <name>YearsController</name>
    <message>
        <source>%1 (base year)</source>
        <translation>%1 (base year)</translation>
    </message>
    <message>
        <source>Add the year %1</source>
        <translation>Add the year %1</translation>
    </message>
    <message>
        <source>Delete a year</source>
        <translation>Delete a year</translation>
    </message>
    <message>
        <source>Delete the year %1 and its %2 records? Undo (Ctrl+Z) brings them back.</source>
        <translation>Delete the year %1 and its %2 records? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <source>Delete the year %1</source>
        <translation>Delete the year %1</translation>
    </message>
    <message>
        <source>Make %1 the base year</source>
        <translation>Make %1 the base year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Yea&amp;rs</source>
        <translation>Yea&amp;rs</translation>
    </message>
    <message>
        <source>&amp;Add a year...</source>
        <translation>&amp;Add a year...</translation>
    </message>
    <message>
        <source>&amp;Delete this year...</source>
        <translation>&amp;Delete this year...</translation>
    </message>
    <message>
        <source>Make this the &amp;base year</source>
        <translation>Make this the &amp;base year</translation>
    </message>
    <message>
        <source>&amp;Previous year</source>
        <translation>&amp;Previous year</translation>
    </message>
    <message>
        <source>&amp;Next year</source>
        <translation>&amp;Next year</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>Inventory year</translation>
    </message>
    <message>
        <source>The inventory year shown and edited. Alt+Y chooses another; the Years menu adds one.</source>
        <translation>The inventory year shown and edited. Alt+Y chooses another; the Years menu adds one.</translation>
    </message>
    <message>
        <source>Add an inventory year, empty or copied from another year</source>
        <translation>Add an inventory year, empty or copied from another year</translation>
    </message>
    <message>
        <source>The base year is what GCoM, CDP and the national target compare with</source>
        <translation>The base year is what GCoM, CDP and the national target compare with</translation>
    </message>
</context>
</TS>