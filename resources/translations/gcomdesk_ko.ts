<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>About gcomdesk</source>
        <translation>gcomdesk 정보</translation>
    </message>
    <message>
        <source>gcomdesk {version}
Greenhouse-gas inventories for Korean cities and provinces (GPC, GCoM, CDP), offline.
Settings: {settings}
Logs: {logs}</source>
        <translation>gcomdesk {version}
한국 지방자치단체의 온실가스 인벤토리 (GPC, GCoM, CDP), 인터넷 연결 없이.
설정: {settings}
로그: {logs}</translation>
    </message>
</context>
<context>
    <name>AddYearDialog</name>
    <message>
        <source>Add an inventory year</source>
        <translation>인벤토리 연도 추가</translation>
    </message>
    <message>
        <source>&amp;Empty (enter every figure)</source>
        <translation>빈 연도(&amp;E) (모든 수치를 새로 입력)</translation>
    </message>
    <message>
        <source>&amp;Copy the records of</source>
        <translation>다음 연도의 레코드 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the amounts (otherwise they are cleared, to be entered for the new year)</source>
        <translation>활동량 유지(&amp;K) (선택하지 않으면 비워 두고 새 연도 값을 입력)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>The project already holds %1.</source>
        <translation>프로젝트에 %1년이 이미 있습니다.</translation>
    </message>
    <message>
        <source>%1 starts empty, with the factor editions published for it.</source>
        <translation>%1년은 빈 상태로 시작하며, 그 해에 맞게 공표된 배출계수 판을 씁니다.</translation>
    </message>
    <message>
        <source>%1 starts with the records and amounts of %2, calculated with the editions published for %1.</source>
        <translation>%1년은 %2년의 레코드와 활동량으로 시작하며, %1년에 맞게 공표된 배출계수 판으로 계산합니다.</translation>
    </message>
    <message>
        <source>%1 starts with the rows, sources and notation keys of %2; amounts and reported tonnes are cleared and must be entered.</source>
        <translation>%1년은 %2년의 항목, 자료원, 표기 키로 시작합니다. 활동량과 보고 배출량은 비워지므로 새로 입력해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>(records: {count})</source>
        <translation>(레코드 {count}건)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 외 {count}건</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>다시 계산하는 중…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Not drawn: {reason}</source>
        <translation>그리지 않음: {reason}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>차트 저장…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details were saved to {path}.</source>
        <translation>자세한 내용을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>gcomdesk: something went wrong</source>
        <translation>gcomdesk: 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>Something went wrong inside gcomdesk. Your inventory is safe: every change was saved in the file when you made it. Please send the details below to whoever supports gcomdesk for you.</source>
        <translation>gcomdesk 내부에서 오류가 발생했습니다. 인벤토리는 안전합니다: 모든 변경 사항은 입력할 때 파일에 저장되었습니다. 아래 내용을 gcomdesk 지원 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 내용</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>내용 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EstimateController</name>
    <message>
        <source>&amp;Estimate empty rows from national data…</source>
        <translation>빈 행을 국가 자료로 추정(&amp;E)…</translation>
    </message>
    <message>
        <source>Fill every empty BASIC row with a labelled top-down estimate, after a preview</source>
        <translation>미리 보기를 거쳐 비어 있는 모든 BASIC 행을 추정 표시가 붙은 하향식 추정값으로 채웁니다</translation>
    </message>
    <message>
        <source>Top-down estimates ({count} rows)</source>
        <translation>하향식 추정 ({count}개 행)</translation>
    </message>
    <message>
        <source>Estimates not added</source>
        <translation>추정값을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>The project refused the change; see the message shown.</source>
        <translation>프로젝트가 변경을 거부했습니다. 표시된 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>Estimates added for {count} rows, labelled “estimated (top-down)”. Edit &gt; Undo takes them back.</source>
        <translation>{count}개 행에 추정값을 추가했습니다(“추정 (하향식)” 표시). 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Top-down estimates</source>
        <translation>하향식 추정</translation>
    </message>
    <message>
        <source>An estimate scales the national (or the region's published) inventory by a local proxy. It is a starting point, not a measurement: it is labelled “estimated (top-down)” everywhere, its quality is Low, and entering measured data in its row replaces it.</source>
        <translation>추정값은 국가(또는 공표된 시·도) 인벤토리를 지역 대리지표 비율로 나눈 값입니다. 측정값이 아닌 출발점이므로 어디서나 “추정 (하향식)”으로 표시되고 품질은 하이며, 그 행에 실측 자료를 입력하면 대체됩니다.</translation>
    </message>
    <message>
        <source>not in the profile</source>
        <translation>프로필에 없음</translation>
    </message>
    <message>
        <source>Population (profile):</source>
        <translation>인구(프로필):</translation>
    </message>
    <message>
        <source>&amp;Households (세대):</source>
        <translation>세대 수(&amp;H):</translation>
    </message>
    <message>
        <source>Registered &amp;vehicles:</source>
        <translation>자동차 등록대수(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;GRDP, billion KRW:</source>
        <translation>GRDP, 십억원(&amp;G):</translation>
    </message>
    <message>
        <source>optional: a better proxy than population</source>
        <translation>선택: 인구보다 나은 대리지표</translation>
    </message>
    <message>
        <source>Arithmetic of the selected estimate</source>
        <translation>선택한 추정값의 계산 과정</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC 코드</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>추정값</translation>
    </message>
    <message>
        <source>How</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Add the estimate of {ref}</source>
        <translation>{ref} 추정값 추가</translation>
    </message>
    <message>
        <source>{value} tCO2e</source>
        <translation>{value} tCO2e</translation>
    </message>
    <message>
        <source>{value} MWh of electricity</source>
        <translation>전력 {value} MWh</translation>
    </message>
    <message>
        <source>needs a proxy</source>
        <translation>대리지표 필요</translation>
    </message>
    <message>
        <source>&amp;Add estimates ({count})</source>
        <translation>추정값 추가(&amp;A) ({count})</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>No errors: the workbook is ready to submit.</source>
        <translation>오류 없음: 통합 문서를 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>The inventory has {count} error(s). It can only be exported as a draft, marked DRAFT in the file name and on the cover.</source>
        <translation>인벤토리에 오류가 {count}건 있습니다. 초안으로만 내보낼 수 있으며, 파일 이름과 표지에 DRAFT가 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>내보낼 폴더 선택</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Workbook language</source>
        <translation>통합 문서 언어</translation>
    </message>
    <message>
        <source>Chart files</source>
        <translation>차트 파일</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Sheets (the cover is always included)</source>
        <translation>시트 (표지는 항상 포함)</translation>
    </message>
    <message>
        <source>GPC table</source>
        <translation>GPC 표</translation>
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
        <translation>국가 분류 보기</translation>
    </message>
    <message>
        <source>Activity data</source>
        <translation>활동자료</translation>
    </message>
    <message>
        <source>Factors used</source>
        <translation>사용한 계수</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>activity.csv</source>
        <translation>activity.csv</translation>
    </message>
    <message>
        <source>Export as a draft (DRAFT in the file name and on the cover)</source>
        <translation>초안으로 내보내기 (파일 이름과 표지에 DRAFT 표시)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>FactorTexts</name>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>IPCC Fifth Assessment (CH4 {ch4}, N2O {n2o}): what GCoM and CDP expect. Recommended.</source>
        <translation>IPCC 제5차 평가보고서 (CH4 {ch4}, N2O {n2o}): GCoM과 CDP가 요구하는 값. 권장.</translation>
    </message>
    <message>
        <source>IPCC Fourth Assessment (CH4 {ch4}, N2O {n2o}): also accepted by the GCoM reporting framework.</source>
        <translation>IPCC 제4차 평가보고서 (CH4 {ch4}, N2O {n2o}): GCoM 보고 체계에서도 인정.</translation>
    </message>
    <message>
        <source>IPCC Second Assessment (CH4 {ch4}, N2O {n2o}): the emissions-trading scheme and the older national series.</source>
        <translation>IPCC 제2차 평가보고서 (CH4 {ch4}, N2O {n2o}): 배출권거래제와 이전 국가 통계.</translation>
    </message>
    <message>
        <source>IPCC Sixth Assessment (CH4 {ch4}, N2O {n2o}): the newest values; GCoM asks for a reason.</source>
        <translation>IPCC 제6차 평가보고서 (CH4 {ch4}, N2O {n2o}): 가장 새로운 값. GCoM에는 사유가 필요.</translation>
    </message>
    <message>
        <source>Emissions-trading guideline (Energy Act NCV, national carbon contents)</source>
        <translation>배출권거래제 지침 (에너지법 순발열량, 국가 탄소함량)</translation>
    </message>
    <message>
        <source>National approval 2022 (GIR)</source>
        <translation>2022 국가 승인 계수 (온실가스종합정보센터)</translation>
    </message>
    <message>
        <source>IPCC 2006 defaults</source>
        <translation>IPCC 2006 기본값</translation>
    </message>
    <message>
        <source>CO2 in kg/TJ: {examples}. CH4 and N2O: IPCC 2006 Tier 1 by sector.</source>
        <translation>CO2 (kg/TJ): {examples}. CH4와 N2O: 부문별 IPCC 2006 Tier 1.</translation>
    </message>
    <message>
        <source>CO2 {co2} t, CH4 {ch4} kg, N2O {n2o} kg per MWh (published as {co2e} tCO2e/MWh with {gwp})</source>
        <translation>MWh당 CO2 {co2} t, CH4 {ch4} kg, N2O {n2o} kg ({gwp} 기준 공표값 {co2e} tCO2e/MWh)</translation>
    </message>
    <message>
        <source>{co2e} tCO2e/MWh (no split by gas published)</source>
        <translation>{co2e} tCO2e/MWh (가스별 값은 공표되지 않음)</translation>
    </message>
    <message>
        <source>Confidence: {confidence}</source>
        <translation>신뢰도: {confidence}</translation>
    </message>
    <message>
        <source>The edition meant for {year} is {edition}.</source>
        <translation>{year}년에 맞는 판은 {edition}입니다.</translation>
    </message>
    <message>
        <source>Consumption side (소비단): losses inside scope 2</source>
        <translation>소비단: 송배전 손실이 Scope 2에 포함</translation>
    </message>
    <message>
        <source>Generation side (발전단): losses in scope 3</source>
        <translation>발전단: 송배전 손실은 Scope 3</translation>
    </message>
    <message>
        <source>Scope 2 (I.x.2) at {gen} t CO2/MWh ({edition}); the transmission and distribution losses, {loss} t CO2/MWh consumed (implied loss rate {rate} %), are calculated into I.x.3 and II.x.3 (scope 3, BASIC+).</source>
        <translation>Scope 2 (I.x.2)는 {gen} t CO2/MWh ({edition})로 계산하고, 송배전 손실(사용 MWh당 {loss} t CO2, 손실률 약 {rate} %)은 I.x.3과 II.x.3 (Scope 3, BASIC+)으로 계산합니다.</translation>
    </message>
    <message>
        <source>The consumption-side factor includes the transmission and distribution losses, so they stay in scope 2 (I.x.2) and the I.x.3 rows are IE.</source>
        <translation>소비단 배출계수에 송배전 손실이 포함되어 있어 손실은 Scope 2 (I.x.2)에 남고 I.x.3 행은 IE입니다.</translation>
    </message>
    <message>
        <source>{edition} publishes no generation side; editions with both sides: {editions}.</source>
        <translation>{edition}은(는) 발전단 값이 공표되지 않았습니다. 두 기준이 모두 있는 판: {editions}.</translation>
    </message>
    <message>
        <source>CO2 {value}, CH4 {ch4}, N2O {n2o} kg/TJ (confidence: {confidence})</source>
        <translation>CO2 {value}, CH4 {ch4}, N2O {n2o} kg/TJ (신뢰도: {confidence})</translation>
    </message>
    <message>
        <source>A national average of unverified origin: choose your heat supplier's published factor where it is listed.</source>
        <translation>출처를 확인하지 못한 국가 평균입니다. 목록에 있으면 열 공급사가 공표한 배출계수를 고르세요.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Opening the inventory…</source>
        <translation>인벤토리를 여는 중…</translation>
    </message>
    <message>
        <source>Building the sample city…</source>
        <translation>예시 도시를 만드는 중…</translation>
    </message>
    <message>
        <source>Importing activity data…</source>
        <translation>활동자료를 가져오는 중…</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*{suffix})</source>
        <translation>gcomdesk 인벤토리 (*{suffix})</translation>
    </message>
    <message>
        <source>The inventory was not created</source>
        <translation>인벤토리를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Open an inventory</source>
        <translation>인벤토리 열기</translation>
    </message>
    <message>
        <source>Hanbit workshop{suffix}</source>
        <translation>한빛시 실습{suffix}</translation>
    </message>
    <message>
        <source>Save your workshop copy as</source>
        <translation>실습용 사본 저장</translation>
    </message>
    <message>
        <source>The workshop copy was not made</source>
        <translation>실습용 사본을 만들지 못했습니다</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The file could not be read ({error}). It was not changed.</source>
        <translation>파일을 읽을 수 없습니다 ({error}). 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Save what can be read to a new file? The damaged file is only read, never changed.</source>
        <translation>읽을 수 있는 부분을 새 파일로 저장할까요? 손상된 파일은 읽기만 하고 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Save what can be read as</source>
        <translation>읽을 수 있는 부분을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Saved what could be read</source>
        <translation>읽을 수 있는 부분을 저장했습니다</translation>
    </message>
    <message>
        <source>{records} records were saved to {path}; {count} items could not be read and were left out (details).</source>
        <translation>레코드 {records}건을 {path}에 저장했습니다. 읽을 수 없는 {count}개 항목은 빠졌습니다 (자세히 보기).</translation>
    </message>
    <message>
        <source>Import activity data</source>
        <translation>활동자료 가져오기</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>표 (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Years not in this inventory</source>
        <translation>이 인벤토리에 없는 연도</translation>
    </message>
    <message>
        <source>{file} has rows for {years}, which this project does not hold. Add these years and import? (One undo step takes it all back.)</source>
        <translation>{file}에 이 프로젝트에 없는 {years}년의 행이 있습니다. 이 연도를 추가하고 가져올까요? (실행 취소 한 번으로 모두 되돌릴 수 있습니다.)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
    <message>
        <source>Records imported: {count}.</source>
        <translation>레코드 {count}건을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>사본을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>A copy was saved as {path}.</source>
        <translation>사본을 {path}(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>FindRowDialog</name>
    <message>
        <source>Find a GPC row</source>
        <translation>GPC 항목 찾기</translation>
    </message>
    <message>
        <source>&amp;Type a reference number or words (e.g. I.1.2, 전력, landfill):</source>
        <translation>참조번호나 낱말을 입력하세요 (예: I.1.2, 전력, 매립)(&amp;T):</translation>
    </message>
    <message>
        <source>Search GPC rows</source>
        <translation>GPC 항목 검색</translation>
    </message>
    <message>
        <source>Matching GPC rows</source>
        <translation>찾은 GPC 항목</translation>
    </message>
</context>
<context>
    <name>GpcChoice</name>
    <message>
        <source>Enter data</source>
        <translation>자료 입력</translation>
    </message>
    <message>
        <source>Type the amounts from your data in the table below</source>
        <translation>아래 표에 자료의 양을 입력하세요</translation>
    </message>
    <message>
        <source>NO · not occurring</source>
        <translation>NO · 발생하지 않음</translation>
    </message>
    <message>
        <source>This activity does not happen in the city; say how you know</source>
        <translation>지역에서 일어나지 않는 활동입니다. 어떻게 알았는지 적으세요</translation>
    </message>
    <message>
        <source>IE · included elsewhere</source>
        <translation>IE · 다른 곳에 포함</translation>
    </message>
    <message>
        <source>Counted under another row; say which row and why</source>
        <translation>다른 항목에 포함해 셌습니다. 어느 항목인지와 이유를 적으세요</translation>
    </message>
    <message>
        <source>NE · not estimated</source>
        <translation>NE · 산정하지 않음</translation>
    </message>
    <message>
        <source>It happens but was not estimated; say why</source>
        <translation>일어나지만 산정하지 않았습니다. 이유를 적으세요</translation>
    </message>
    <message>
        <source>C · confidential</source>
        <translation>C · 비공개</translation>
    </message>
    <message>
        <source>The figure exists but cannot be published; say why</source>
        <translation>수치는 있지만 공개할 수 없습니다. 이유를 적으세요</translation>
    </message>
    <message>
        <source>territorial total only</source>
        <translation>관할구역 총량 전용</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref}&lt;/b&gt; · scope {scope} · {level} — {title}</source>
        <translation>&lt;b&gt;{ref}&lt;/b&gt; · Scope {scope} · {level} — {title}</translation>
    </message>
    <message>
        <source>Where the number usually comes from: {source}</source>
        <translation>보통 이 수치를 얻는 곳: {source}</translation>
    </message>
    <message>
        <source>Explanation for {ref}</source>
        <translation>{ref} 설명</translation>
    </message>
    <message>
        <source>Row where {ref} is included</source>
        <translation>{ref}이(가) 포함된 항목</translation>
    </message>
    <message>
        <source>Where is it included?</source>
        <translation>어디에 포함되었나요?</translation>
    </message>
    <message>
        <source>Estimate from national data…</source>
        <translation>국가 자료로 추정…</translation>
    </message>
    <message>
        <source>Propose a labelled top-down estimate for {ref}: the national inventory scaled by a local proxy</source>
        <translation>{ref}에 대한 하향식 추정값을 제안합니다: 국가 인벤토리를 지역 대리지표 비율로 나눈 값</translation>
    </message>
    <message>
        <source>Explain the key (required)</source>
        <translation>표기키의 이유를 적으세요 (필수)</translation>
    </message>
    <message>
        <source>Choose a key to explain it</source>
        <translation>표기키를 고르면 설명을 적을 수 있습니다</translation>
    </message>
    <message>
        <source>{value} tCO2e</source>
        <translation>{value} tCO2e</translation>
    </message>
    <message>
        <source>Estimated (top-down), quality Low: entering measured data here replaces the estimate.</source>
        <translation>추정 (하향식), 품질 하: 여기에 실측 자료를 입력하면 추정값이 대체됩니다.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Optional at this reporting level.</source>
        <translation>이 보고 수준에서는 선택 항목입니다.</translation>
    </message>
    <message>
        <source>✓ Answered.</source>
        <translation>✓ 답했습니다.</translation>
    </message>
    <message>
        <source>The key counts only with an explanation.</source>
        <translation>표기키는 설명을 적어야 인정됩니다.</translation>
    </message>
    <message>
        <source>Choose the row where it is included.</source>
        <translation>포함된 항목을 고르세요.</translation>
    </message>
    <message>
        <source>This row has data and a key: keep one.</source>
        <translation>이 항목에 자료와 표기키가 함께 있습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>Some rows in the table need attention.</source>
        <translation>표의 일부 행을 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Choose {key} for {ref}</source>
        <translation>{ref}에 {key} 선택</translation>
    </message>
    <message>
        <source>Explain {key} for {ref}</source>
        <translation>{ref}의 {key} 설명</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>가져오기 미리 보기</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>시트(&amp;S):</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>자동으로 찾음</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>머리글 행(&amp;H):</translation>
    </message>
    <message>
        <source>not said (a gas in m3 is refused)</source>
        <translation>지정 안 함 (m3로 적힌 가스는 거부)</translation>
    </message>
    <message>
        <source>Nm3: normal, 0 °C (Korean gas supply statistics)</source>
        <translation>Nm3: 표준상태, 0 °C (국내 가스 공급 통계)</translation>
    </message>
    <message>
        <source>Sm3: standard, 15 °C (x 0.948 Nm3)</source>
        <translation>Sm3: 15 °C 기준 (x 0.948 Nm3)</translation>
    </message>
    <message>
        <source>&amp;Gas in m3 / 천㎥ is:</source>
        <translation>m3 / 천㎥로 적힌 가스(&amp;G):</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>읽는 방식(&amp;A):</translation>
    </message>
    <message>
        <source>e.g. 심야=I.1.2, 기타=III.1.1 (a category the table cannot place by itself)</source>
        <translation>예: 심야=I.1.2, 기타=III.1.1 (표만으로는 자리를 정할 수 없는 항목)</translation>
    </message>
    <message>
        <source>A&amp;nswers:</source>
        <translation>답(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Map the columns myself</source>
        <translation>열을 직접 지정(&amp;M)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>읽을 항목</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>문제가 있는 행만 보기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>recognise it (gcomdesk's layout or a known source table)</source>
        <translation>자동 인식 (gcomdesk 형식 또는 알려진 원자료 표)</translation>
    </message>
    <message>
        <source>gcomdesk's import layout</source>
        <translation>gcomdesk 가져오기 형식</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>&amp;Import {count} rows</source>
        <translation>{count}개 행 가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing can be imported: {reason}</source>
        <translation>가져올 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{ok} rows ok, {warning} with warnings, {error} with errors, {skipped} skipped (totals).</source>
        <translation>정상 {ok}행, 경고 {warning}행, 오류 {error}행, 건너뜀 {skipped}행(합계).</translation>
    </message>
    <message>
        <source>Read as the source table '{name}'.</source>
        <translation>원자료 표 '{name}'(으)로 읽었습니다.</translation>
    </message>
    <message>
        <source>Header in row {row}.</source>
        <translation>머리글은 {row}행입니다.</translation>
    </message>
    <message>
        <source>Some columns are not gcomdesk's: say what each column holds.</source>
        <translation>gcomdesk가 모르는 열이 있습니다: 각 열이 무엇인지 지정하세요.</translation>
    </message>
    <message>
        <source>Say whether the gas volumes in m3 are Nm3 (0 °C) or Sm3 (15 °C).</source>
        <translation>m3로 적힌 가스 부피가 Nm3(0 °C)인지 Sm3(15 °C)인지 고르세요.</translation>
    </message>
    <message>
        <source>Rows for {years}, which this inventory does not hold: you will be asked before these years are added.</source>
        <translation>이 인벤토리에 없는 연도 {years}의 행이 있습니다: 이 연도를 추가하기 전에 묻습니다.</translation>
    </message>
    <message>
        <source>Fix the errors (in the file or with the choices above); nothing is imported while any remain.</source>
        <translation>오류를 고치세요(파일에서 또는 위의 선택으로). 오류가 하나라도 남아 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (숨김)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(읽지 않음)</translation>
    </message>
</context>
<context>
    <name>KeyCompareDialog</name>
    <message>
        <source>Compare with the answer key</source>
        <translation>정답 파일과 비교</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC 항목</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>오류 유형</translation>
    </message>
    <message>
        <source>Key tCO2e</source>
        <translation>정답 tCO2e</translation>
    </message>
    <message>
        <source>Your tCO2e</source>
        <translation>입력 tCO2e</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Answer &amp;key:</source>
        <translation>정답 파일(&amp;K):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BASIC total: {basic} tCO2e
BASIC+: {plus} tCO2e</source>
        <translation>BASIC 총량: {basic} tCO2e
BASIC+: {plus} tCO2e</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>변경 사항을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>Steps of the inventory</source>
        <translation>인벤토리 단계</translation>
    </message>
    <message>
        <source>Each step shows its state and the number of open problems. Use the arrow keys to move between steps.</source>
        <translation>단계마다 상태와 남은 문제 수를 보여 줍니다. 화살표 키로 단계를 옮겨 다니세요.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;New inventory…</source>
        <translation>새 인벤토리(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new inventory file</source>
        <translation>새 인벤토리 파일을 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an inventory file</source>
        <translation>인벤토리 파일을 엽니다</translation>
    </message>
    <message>
        <source>Open the &amp;sample city</source>
        <translation>예시 도시 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Workshop copy of the sample…</source>
        <translation>실습용 예시 사본(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import activity data…</source>
        <translation>활동자료 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>Every change is already saved; this writes a copy of the file elsewhere</source>
        <translation>모든 변경 사항은 이미 저장되어 있습니다. 파일의 사본을 다른 곳에 씁니다</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find a GPC row…</source>
        <translation>GPC 항목 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Go to a GPC reference number or sub-sector</source>
        <translation>GPC 참조번호나 세부 부문으로 이동합니다</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>단계 목록(&amp;S)</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>로그 폴더 보기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About gcomdesk</source>
        <translation>gcomdesk 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MethodForm</name>
    <message>
        <source>New calculation</source>
        <translation>새 계산</translation>
    </message>
    <message>
        <source>No result yet: correct the inputs above.</source>
        <translation>아직 결과가 없습니다: 위의 입력값을 고치세요.</translation>
    </message>
    <message>
        <source>Result: {total} tCO2e ({gwp}) — {parts}</source>
        <translation>결과: {total} tCO2e ({gwp}) — {parts}</translation>
    </message>
    <message>
        <source>Calculate {ref} with {name}</source>
        <translation>{name}(으)로 {ref} 계산</translation>
    </message>
    <message>
        <source>Reported tonnes must be numbers of zero or more: {label}</source>
        <translation>보고 배출량은 0 이상의 숫자여야 합니다: {label}</translation>
    </message>
    <message>
        <source>Give the reported tonnes and the reason for replacing the method.</source>
        <translation>보고된 배출량과 산정 방법을 대신하는 이유를 적으세요.</translation>
    </message>
    <message>
        <source>Replace {ref} by a reported figure</source>
        <translation>{ref}을(를) 보고된 수치로 대체</translation>
    </message>
    <message>
        <source>Use the method again for {ref}</source>
        <translation>{ref}에 산정 방법을 다시 사용</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>산정 방법</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>자료 품질</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(평가 안 함)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>상</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>중</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>하</translation>
    </message>
    <message>
        <source>Inputs for {ref}</source>
        <translation>{ref} 입력값</translation>
    </message>
    <message>
        <source>Factors and defaults</source>
        <translation>계수와 기본값</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Replace with a facility-reported figure…</source>
        <translation>시설 보고 수치로 대체…</translation>
    </message>
    <message>
        <source>Use the method again</source>
        <translation>산정 방법 다시 사용</translation>
    </message>
    <message>
        <source>Facility-reported figure</source>
        <translation>시설 보고 수치</translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation>수치의 출처</translation>
    </message>
    <message>
        <source>Reason for replacing the method</source>
        <translation>산정 방법을 대신하는 이유</translation>
    </message>
    <message>
        <source>Replace the method</source>
        <translation>산정 방법 대체</translation>
    </message>
    <message>
        <source>Source of your value</source>
        <translation>입력한 값의 출처</translation>
    </message>
    <message>
        <source>Default: {value} — {source}</source>
        <translation>기본값: {value} — {source}</translation>
    </message>
    <message>
        <source>Default ({label})</source>
        <translation>기본값 ({label})</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>선택한 행 삭제</translation>
    </message>
</context>
<context>
    <name>MethodSection</name>
    <message>
        <source>Calculate {ref} with a method</source>
        <translation>산정 방법으로 {ref} 계산</translation>
    </message>
</context>
<context>
    <name>NewInventory</name>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Save the new inventory as</source>
        <translation>새 인벤토리 저장 위치</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*{suffix})</source>
        <translation>gcomdesk 인벤토리 (*{suffix})</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>파일을 저장할 곳을 고르세요.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path}이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>폴더 {folder}이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>NewInventoryDialog</name>
    <message>
        <source>New inventory</source>
        <translation>새 인벤토리</translation>
    </message>
    <message>
        <source>Five answers are enough to start. You can change all of them later on the Profile step.</source>
        <translation>다섯 가지만 답하면 시작할 수 있습니다. 모두 나중에 프로필 단계에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Region (시·도):</source>
        <translation>시·도(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>시·도</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>수준(&amp;L):</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>지방자치단체 수준</translation>
    </message>
    <message>
        <source>&amp;Municipality (시·군·구):</source>
        <translation>시·군·구(&amp;M):</translation>
    </message>
    <message>
        <source>Municipality name</source>
        <translation>시·군·구 이름</translation>
    </message>
    <message>
        <source>e.g. 천안시 (leave empty for the whole region)</source>
        <translation>예: 천안시 (시·도 전체라면 비워 두세요)</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>영문 이름(&amp;E):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>optional, for GCoM and CDP</source>
        <translation>선택, GCoM과 CDP용</translation>
    </message>
    <message>
        <source>Inventory &amp;year:</source>
        <translation>인벤토리 연도(&amp;Y):</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>인벤토리 연도</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>인구(&amp;P):</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>아직 모름</translation>
    </message>
    <message>
        <source>Global warming potentials (GWP set)</source>
        <translation>지구온난화지수 (GWP 기준)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>File to create</source>
        <translation>만들 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page could not be shown because of an internal error. The details are in the log file (Help › About shows its folder); the other steps still work.</source>
        <translation>내부 오류로 이 화면을 표시할 수 없습니다. 자세한 내용은 로그 파일에 있습니다(도움말 › 정보에서 폴더 확인). 다른 단계는 그대로 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Province or metropolitan city (광역)</source>
        <translation>광역 (시·도)</translation>
    </message>
    <message>
        <source>City, county or district (기초)</source>
        <translation>기초 (시·군·구)</translation>
    </message>
    <message>
        <source>BASIC (energy, transport, waste)</source>
        <translation>BASIC (에너지, 수송, 폐기물)</translation>
    </message>
    <message>
        <source>BASIC+ (adds IPPU, AFOLU, losses, trips outside)</source>
        <translation>BASIC+ (산업공정, 농업·토지, 손실, 경계 밖 통행 추가)</translation>
    </message>
    <message>
        <source>&amp;Use the defaults for {year}</source>
        <translation>{year}년 기본값 사용(&amp;U)</translation>
    </message>
    <message>
        <source>GWP AR5, the emissions-trading fuel factors and the electricity factor meant for {year} ({edition})</source>
        <translation>GWP AR5, 배출권거래제 연료 계수, {year}년에 맞는 전력 배출계수 ({edition})</translation>
    </message>
    <message>
        <source>These are the defaults for {year}.</source>
        <translation>{year}년 기본값입니다.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>전력</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Fuel factors</source>
        <translation>연료 계수</translation>
    </message>
    <message>
        <source>Electricity edition published for</source>
        <translation>전력 계수 공표 대상 연도</translation>
    </message>
    <message>
        <source>Every year is calculated with the editions chosen above; each year's own editions are kept and come back with the other choice.</source>
        <translation>모든 연도를 위에서 고른 배출계수 판으로 계산합니다. 각 연도의 고유 판은 보관되며 다른 선택으로 돌아가면 다시 쓰입니다.</translation>
    </message>
    <message>
        <source>The factor choices above are those of {year}; choose another year in the toolbar's year selector to see or change its own.</source>
        <translation>위의 계수 선택은 {year}년의 것입니다. 다른 연도의 계수를 보거나 바꾸려면 도구 모음의 연도 선택에서 그 연도를 고르세요.</translation>
    </message>
    <message>
        <source>the editions of every year</source>
        <translation>연도별 배출계수 판</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>{field} 변경</translation>
    </message>
    <message>
        <source>the factor defaults</source>
        <translation>계수 기본값</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>관할구역</translation>
    </message>
    <message>
        <source>&amp;Name (Korean):</source>
        <translation>이름(한글)(&amp;N):</translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영문)(&amp;E):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>시·도(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>시·도</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>수준(&amp;L):</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>지방자치단체 수준</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>인벤토리</translation>
    </message>
    <message>
        <source>Inventory &amp;year:</source>
        <translation>인벤토리 연도(&amp;Y):</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>인벤토리 연도</translation>
    </message>
    <message>
        <source>&amp;Base year:</source>
        <translation>기준 연도(&amp;B):</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>기준 연도</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>인구(&amp;P):</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>아직 모름</translation>
    </message>
    <message>
        <source>&amp;Area (km2):</source>
        <translation>면적(km2)(&amp;A):</translation>
    </message>
    <message>
        <source>Area in square kilometres</source>
        <translation>면적 (제곱킬로미터)</translation>
    </message>
    <message>
        <source>&amp;GRDP (billion KRW):</source>
        <translation>지역내총생산(십억 원)(&amp;G):</translation>
    </message>
    <message>
        <source>Gross regional domestic product in billion won</source>
        <translation>지역내총생산 (십억 원)</translation>
    </message>
    <message>
        <source>Reporting &amp;level:</source>
        <translation>보고 수준(&amp;L):</translation>
    </message>
    <message>
        <source>Reporting level</source>
        <translation>보고 수준</translation>
    </message>
    <message>
        <source>Factor choices</source>
        <translation>계수 선택</translation>
    </message>
    <message>
        <source>G&amp;WP set:</source>
        <translation>GWP 기준(&amp;W):</translation>
    </message>
    <message>
        <source>GWP set</source>
        <translation>GWP 기준</translation>
    </message>
    <message>
        <source>&amp;Fuel factors:</source>
        <translation>연료 계수(&amp;F):</translation>
    </message>
    <message>
        <source>Fuel factor set</source>
        <translation>연료 계수 세트</translation>
    </message>
    <message>
        <source>&amp;Electricity factor:</source>
        <translation>전력 배출계수(&amp;E):</translation>
    </message>
    <message>
        <source>Electricity factor edition</source>
        <translation>전력 배출계수 판</translation>
    </message>
    <message>
        <source>Grid factor si&amp;de:</source>
        <translation>전력 배출계수 기준(&amp;D):</translation>
    </message>
    <message>
        <source>Grid factor side: consumption or generation</source>
        <translation>전력 배출계수 기준: 소비단 또는 발전단</translation>
    </message>
    <message>
        <source>&amp;Heat factor:</source>
        <translation>열 배출계수(&amp;H):</translation>
    </message>
    <message>
        <source>District heat factor edition</source>
        <translation>지역난방 열 배출계수 판</translation>
    </message>
    <message>
        <source>Factor editions of every year</source>
        <translation>연도별 배출계수 판</translation>
    </message>
    <message>
        <source>Each year uses its &amp;own editions (by default the ones published for that year)</source>
        <translation>각 연도가 고유한 판을 사용(&amp;O) (기본: 그 해에 맞게 공표된 판)</translation>
    </message>
    <message>
        <source>Every year uses the &amp;same editions (those chosen above; a consistent time series)</source>
        <translation>모든 연도가 같은 판을 사용(&amp;S) (위에서 고른 판; 일관된 시계열)</translation>
    </message>
    <message>
        <source>Factor editions of every inventory year</source>
        <translation>인벤토리 연도별 배출계수 판</translation>
    </message>
    <message>
        <source>Boundary and preparer</source>
        <translation>경계와 작성자</translation>
    </message>
    <message>
        <source>B&amp;oundary notes:</source>
        <translation>경계 설명(&amp;O):</translation>
    </message>
    <message>
        <source>Boundary notes</source>
        <translation>경계 설명</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>작성자(&amp;B):</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>연락처(&amp;C):</translation>
    </message>
    <message>
        <source>Contact of the preparer</source>
        <translation>작성자 연락처</translation>
    </message>
</context>
<context>
    <name>RecordsTable</name>
    <message>
        <source>Amount</source>
        <translation>활동량</translation>
    </message>
    <message>
        <source>Not a number: type digits, e.g. 1,234.5</source>
        <translation>숫자가 아닙니다: 예를 들어 1,234.5처럼 숫자를 입력하세요</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC 항목</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
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
        <translation>자료 출처</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>자료 품질</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Result (tCO2e)</source>
        <translation>결과 (tCO2e)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>H · high</source>
        <translation>상 · 높음</translation>
    </message>
    <message>
        <source>M · medium</source>
        <translation>중 · 보통</translation>
    </message>
    <message>
        <source>L · low</source>
        <translation>하 · 낮음</translation>
    </message>
    <message>
        <source>Reported tonnes</source>
        <translation>보고 배출량</translation>
    </message>
    <message>
        <source>Method: {code}</source>
        <translation>산정 방법: {code}</translation>
    </message>
    <message>
        <source>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t</source>
        <translation>CO2 {co2} t · CH4 {ch4} t · N2O {n2o} t</translation>
    </message>
    <message>
        <source>CO2e without a split by gas: {value} t</source>
        <translation>가스별로 나누지 않은 CO2e: {value} t</translation>
    </message>
    <message>
        <source>Biogenic CO2 (reported apart): {value} t</source>
        <translation>바이오매스 CO2 (따로 보고): {value} t</translation>
    </message>
    <message>
        <source>A number; thousands separators are fine (1,234.5)</source>
        <translation>숫자를 입력하세요. 천 단위 쉼표를 써도 됩니다 (1,234.5)</translation>
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
        <translation>{unit}당 계수: CO2 {co2} kg · CH4 {ch4} kg · N2O {n2o} kg</translation>
    </message>
    <message>
        <source>Reported tonnes per gas</source>
        <translation>가스별 보고 배출량</translation>
    </message>
    <message>
        <source>Edit {column} of {gpc_ref}</source>
        <translation>{gpc_ref}의 {column} 수정</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <source>&amp;Data request workbook…</source>
        <translation>자료 요청서 만들기(&amp;D)…</translation>
    </message>
    <message>
        <source>A workbook to send a department or supplier, which imports back as it is</source>
        <translation>부서나 공급기관에 보내는 통합문서입니다. 돌려받은 파일은 그대로 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>Data request workbook saved as {path} ({count} GPC rows still need data).</source>
        <translation>자료 요청서를 저장했습니다: {path} (아직 자료가 없는 GPC 행 {count}개).</translation>
    </message>
    <message>
        <source>Writing the data request workbook…</source>
        <translation>자료 요청서를 쓰는 중…</translation>
    </message>
    <message>
        <source>The workbook was not saved</source>
        <translation>통합문서를 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Data request workbook</source>
        <translation>자료 요청서</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>모든 부문</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>The workbook lists the GPC rows of the sector that still have no data in {year}, with an instructions sheet for the department. What comes back is imported with File &gt; Import activity data, without any mapping.</source>
        <translation>통합문서에는 {year}년에 아직 자료가 없는 이 부문의 GPC 행과 부서용 작성 안내 시트가 들어 있습니다. 돌려받은 파일은 파일 &gt; 활동자료 가져오기로 열 매핑 없이 가져옵니다.</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>부문(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Language of the workbook:</source>
        <translation>통합문서 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>저장 위치(&amp;A):</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Totals (tCO2e)</source>
        <translation>총량 (tCO2e)</translation>
    </message>
    <message>
        <source>Direct and indirect emissions are shown apart and never added.</source>
        <translation>직접 배출과 간접 배출은 따로 보여 주며 더하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Finding</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 acknowledged. Click a finding to go to the field.</source>
        <translation>오류 %1건, 경고 %2건, 참고 %3건, 확인함 %4건. 항목을 누르면 해당 칸으로 이동합니다.</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>고치는 방법:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>확인함:</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>경고 확인</translation>
    </message>
    <message>
        <source>Withdraw an acknowledgement</source>
        <translation>경고 확인 취소</translation>
    </message>
    <message>
        <source>IPCC category</source>
        <translation>IPCC 분류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Direct (tCO2e)</source>
        <translation>직접 (tCO2e)</translation>
    </message>
    <message>
        <source>Indirect (tCO2e)</source>
        <translation>간접 (tCO2e)</translation>
    </message>
    <message>
        <source>National (tCO2e)</source>
        <translation>국가 (tCO2e)</translation>
    </message>
    <message>
        <source>Local share</source>
        <translation>지역 비중</translation>
    </message>
    <message>
        <source>The national comparison needs the inventory year.</source>
        <translation>국가 비교에는 인벤토리 연도가 필요합니다.</translation>
    </message>
    <message>
        <source>The GPC, IPCC and GIR views agree.</source>
        <translation>GPC, IPCC, GIR 분류의 합계가 일치합니다.</translation>
    </message>
    <message>
        <source>The GPC, IPCC and GIR views do not add up to the same totals.</source>
        <translation>GPC, IPCC, GIR 분류의 합계가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>National inventory %1 (%2), in tonnes. Direct %3 t, indirect %4 t. </source>
        <translation>국가 인벤토리 %1 (%2), 톤 단위. 직접 %3 t, 간접 %4 t. </translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 검토</translation>
    </message>
    <message>
        <source>Hide acknowledged</source>
        <translation>확인한 항목 숨기기</translation>
    </message>
    <message>
        <source>Why this warning is acceptable (stored with the inventory)</source>
        <translation>이 경고를 받아들이는 이유 (인벤토리에 함께 저장)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>확인 취소</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검토 결과</translation>
    </message>
    <message>
        <source>National categories</source>
        <translation>국가 분류</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>변화 이유</translation>
    </message>
    <message>
        <source>Why the figure changed between years (asked by GCoM and CDP)</source>
        <translation>연도 사이에 수치가 변한 이유 (GCoM과 CDP가 요구)</translation>
    </message>
</context>
<context>
    <name>RollupController</name>
    <message>
        <source>&amp;Roll up municipal inventories…</source>
        <translation>기초지자체 인벤토리 합산(&amp;R)…</translation>
    </message>
    <message>
        <source>Add up municipal .gcdx files into a provincial inventory, with each one's contribution</source>
        <translation>기초지자체 .gcdx 파일을 광역 인벤토리로 합산하고 각각의 기여도를 보여 줍니다</translation>
    </message>
    <message>
        <source>{count} rows moved since the previous roll-up.</source>
        <translation>이전 합산 이후 {count}개 행의 값이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Roll-up written</source>
        <translation>합산 완료</translation>
    </message>
    <message>
        <source>{path}: {count} municipalities, {year}.</source>
        <translation>{path}: 기초지자체 {count}곳, {year}년.</translation>
    </message>
    <message>
        <source>Rolling up the municipal inventories…</source>
        <translation>기초지자체 인벤토리를 합산하는 중…</translation>
    </message>
    <message>
        <source>Nothing was rolled up</source>
        <translation>합산하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>RollupDialog</name>
    <message>
        <source>Roll up municipal inventories</source>
        <translation>기초지자체 인벤토리 합산</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>빼기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>The municipal files are only read. Each GPC row of the province is the sum of the municipalities' results on the province's GWP set and factor editions; territorial rows (I.4.4, III.n.3) stay the province's own. Rolling up into an existing province file replaces its previous roll-up and says what moved.</source>
        <translation>기초지자체 파일은 읽기만 합니다. 광역의 각 GPC 행은 광역의 GWP와 배출계수 판으로 계산한 기초지자체 결과의 합입니다. 지역 배출 전용 행(I.4.4, III.n.3)은 광역이 직접 작성합니다. 기존 광역 파일에 다시 합산하면 이전 합산을 교체하고 바뀐 값을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Roll &amp;up</source>
        <translation>합산(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Municipal files:</source>
        <translation>기초지자체 파일(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Province file:</source>
        <translation>광역 파일(&amp;P):</translation>
    </message>
    <message>
        <source>Municipal inventories</source>
        <translation>기초지자체 인벤토리</translation>
    </message>
    <message>
        <source>gcomdesk inventories (*.gcdx)</source>
        <translation>gcomdesk 인벤토리 (*.gcdx)</translation>
    </message>
</context>
<context>
    <name>SectorPage</name>
    <message>
        <source>Sub-sectors of {step}</source>
        <translation>{step}의 세부 부문</translation>
    </message>
    <message>
        <source>Step total: {value} tCO2e</source>
        <translation>단계 총량: {value} tCO2e</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>A greenhouse-gas inventory for your city or province, step by step: GPC, GCoM and CDP, in Korean or English, without an internet connection.</source>
        <translation>우리 지역의 온실가스 인벤토리를 한 단계씩: GPC, GCoM, CDP 기준으로, 한국어나 영어로, 인터넷 연결 없이.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>&amp;New inventory…</source>
        <translation>새 인벤토리(&amp;N)…</translation>
    </message>
    <message>
        <source>A short form: region, municipality, level, year, population and GWP set</source>
        <translation>짧은 양식: 시·도, 시·군·구, 수준, 연도, 인구, GWP 기준</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample city (한빛시)</source>
        <translation>예시 도시 열기 (한빛시)(&amp;S)</translation>
    </message>
    <message>
        <source>A complete fictional inventory to look around in; it is rebuilt fresh each time</source>
        <translation>둘러볼 수 있는 완성된 가상 인벤토리입니다. 열 때마다 새로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Workshop: my own copy of the sample…</source>
        <translation>실습: 나만의 예시 사본(&amp;W)…</translation>
    </message>
    <message>
        <source>Saves a copy of the sample city where you choose, for exercises; the bundled sample is never changed</source>
        <translation>실습용으로 예시 도시의 사본을 원하는 곳에 저장합니다. 원본 예시는 바뀌지 않습니다</translation>
    </message>
    <message>
        <source>Every change is saved in the file the moment you make it. Nothing is sent anywhere.</source>
        <translation>모든 변경 사항은 입력하는 순간 파일에 저장됩니다. 어디로도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <source>Press Enter to open the selected file</source>
        <translation>Enter 키를 누르면 선택한 파일을 엽니다</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>아직 최근 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Stationary energy</source>
        <translation>고정 에너지</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>수송</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>폐기물</translation>
    </message>
    <message>
        <source>Industrial processes &amp; product use</source>
        <translation>산업공정 및 제품 사용</translation>
    </message>
    <message>
        <source>Agriculture, forestry &amp; land use</source>
        <translation>농업·임업 및 토지 이용</translation>
    </message>
    <message>
        <source>Review &amp; checks</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Problems: {count}</source>
        <translation>문제 {count}건</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{total}개 항목 중 {done}개</translation>
    </message>
</context>
<context>
    <name>SubsectorCard</name>
    <message>
        <source>&amp;Add a row for</source>
        <translation>행 추가(&amp;A):</translation>
    </message>
    <message>
        <source>Adds an empty row to the table (Insert)</source>
        <translation>표에 빈 행을 추가합니다 (Insert)</translation>
    </message>
    <message>
        <source>GPC row of the new table row</source>
        <translation>새 행의 GPC 항목</translation>
    </message>
    <message>
        <source>&amp;Delete selected rows</source>
        <translation>선택한 행 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the selected table rows (Delete); Undo brings them back</source>
        <translation>선택한 행을 삭제합니다 (Delete). 실행 취소로 되살릴 수 있습니다</translation>
    </message>
    <message>
        <source>Data of {subsector}</source>
        <translation>{subsector} 자료</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>모든 행 선택</translation>
    </message>
    <message>
        <source>Sub-sector total: {value} tCO2e</source>
        <translation>세부 부문 총량: {value} tCO2e</translation>
    </message>
    <message>
        <source>Add a row to {ref}</source>
        <translation>{ref}에 행 추가</translation>
    </message>
    <message>
        <source>Delete rows ({count})</source>
        <translation>행 {count}개 삭제</translation>
    </message>
    <message>
        <source>Enter data for {ref}</source>
        <translation>{ref} 자료 입력</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>Paste rows ({count})</source>
        <translation>행 {count}개 붙여넣기</translation>
    </message>
    <message>
        <source>Pasted cells that did not fit their column and were left out: {count}.</source>
        <translation>열에 맞지 않아 넣지 않은 붙여넣기 칸: {count}개.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Total</source>
        <translation>합계</translation>
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
        <translation>교육 진행자용 실습 도구</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Everything stays on this computer: the kit reads and writes local files only.</source>
        <translation>모든 파일은 이 컴퓨터에만 있습니다: 실습 도구는 이 컴퓨터의 파일만 읽고 씁니다.</translation>
    </message>
    <message>
        <source>the sample city 한빛시</source>
        <translation>예제 도시 한빛시</translation>
    </message>
    <message>
        <source>Prepare the &amp;workshop</source>
        <translation>실습 파일 만들기(&amp;W)</translation>
    </message>
    <message>
        <source>Inventory to train on:</source>
        <translation>실습용 인벤토리:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>참가자 수(&amp;P):</translation>
    </message>
    <message>
        <source>Sectors to clear:</source>
        <translation>비울 부문:</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>파일 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>optional: a workbook for the room (.xlsx)</source>
        <translation>선택: 전체 결과 통합문서 (.xlsx)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>GPC row</source>
        <translation>GPC 항목</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>오류 유형</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Answer &amp;key:</source>
        <translation>정답 파일(&amp;K):</translation>
    </message>
    <message>
        <source>Participants' f&amp;older:</source>
        <translation>참가자 파일 폴더(&amp;O):</translation>
    </message>
    <message>
        <source>Comparison &amp;workbook:</source>
        <translation>비교 결과 통합문서(&amp;W):</translation>
    </message>
    <message>
        <source>Inventory to train on</source>
        <translation>실습용 인벤토리</translation>
    </message>
    <message>
        <source>Folder for the workshop</source>
        <translation>실습 파일을 만들 폴더</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>정답 파일</translation>
    </message>
    <message>
        <source>Participants' folder</source>
        <translation>참가자 파일 폴더</translation>
    </message>
    <message>
        <source>Comparison workbook</source>
        <translation>비교 결과 통합문서</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <source>&amp;Workshop kit for trainers…</source>
        <translation>교육 진행자용 실습 도구(&amp;W)…</translation>
    </message>
    <message>
        <source>Prepare exercise files and data sheets; compare the participants' files with the answer key</source>
        <translation>실습 파일과 자료표를 만들고, 참가자 파일을 정답 파일과 비교합니다</translation>
    </message>
    <message>
        <source>Compare with the answer &amp;key…</source>
        <translation>정답 파일과 비교(&amp;K)…</translation>
    </message>
    <message>
        <source>Your entries against the trainer's answer key, each difference with its likely cause</source>
        <translation>입력한 내용을 진행자의 정답 파일과 비교하고, 차이마다 예상 원인을 보여 줍니다</translation>
    </message>
    <message>
        <source>Tick at least one sector to clear.</source>
        <translation>비울 부문을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>{count} exercise files, their data sheets and the answer key written in {folder}.</source>
        <translation>{folder}에 실습 파일 {count}개와 자료표, 정답 파일을 만들었습니다.</translation>
    </message>
    <message>
        <source>Preparing the workshop…</source>
        <translation>실습 파일을 만드는 중…</translation>
    </message>
    <message>
        <source>{count} participants, {mistakes} differences. Most common: {classes}</source>
        <translation>참가자 {count}명, 차이 {mistakes}건. 많은 순: {classes}</translation>
    </message>
    <message>
        <source>Comparing the participants' files…</source>
        <translation>참가자 파일을 비교하는 중…</translation>
    </message>
    <message>
        <source>{count} differences from the answer key.</source>
        <translation>정답 파일과 차이 {count}건.</translation>
    </message>
    <message>
        <source>No differences: your inventory matches the answer key.</source>
        <translation>차이 없음: 입력한 인벤토리가 정답 파일과 같습니다.</translation>
    </message>
    <message>
        <source>Comparing with the answer key…</source>
        <translation>정답 파일과 비교하는 중…</translation>
    </message>
</context>
<context>
    <name>YearsController</name>
    <message>
        <source>%1 (base year)</source>
        <translation>%1 (기준연도)</translation>
    </message>
    <message>
        <source>Add the year %1</source>
        <translation>%1년 추가</translation>
    </message>
    <message>
        <source>Delete a year</source>
        <translation>연도 삭제</translation>
    </message>
    <message>
        <source>Delete the year %1 and its %2 records? Undo (Ctrl+Z) brings them back.</source>
        <translation>%1년과 그 레코드 %2건을 삭제할까요? 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete the year %1</source>
        <translation>%1년 삭제</translation>
    </message>
    <message>
        <source>Make %1 the base year</source>
        <translation>%1년을 기준연도로 지정</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>Yea&amp;rs</source>
        <translation>연도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add a year...</source>
        <translation>연도 추가(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Delete this year...</source>
        <translation>이 연도 삭제(&amp;D)...</translation>
    </message>
    <message>
        <source>Make this the &amp;base year</source>
        <translation>이 연도를 기준연도로 지정(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Previous year</source>
        <translation>이전 연도(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next year</source>
        <translation>다음 연도(&amp;N)</translation>
    </message>
    <message>
        <source>Inventory year</source>
        <translation>인벤토리 연도</translation>
    </message>
    <message>
        <source>The inventory year shown and edited. Alt+Y chooses another; the Years menu adds one.</source>
        <translation>지금 보고 편집하는 인벤토리 연도입니다. Alt+Y로 다른 연도를 고르고, 연도 메뉴에서 연도를 추가합니다.</translation>
    </message>
    <message>
        <source>Add an inventory year, empty or copied from another year</source>
        <translation>빈 연도나 다른 연도를 복사한 인벤토리 연도를 추가합니다</translation>
    </message>
    <message>
        <source>The base year is what GCoM, CDP and the national target compare with</source>
        <translation>기준연도는 GCoM, CDP와 국가 감축목표가 비교하는 연도입니다</translation>
    </message>
</context>
</TS>