// Writes roster/testdata's SheetJS fixtures (npm package xlsx 0.18.5):
//   cd roster/testdata && npm i --no-save xlsx@0.18.5 && node src/sheetjs.js
const XLSX = require('xlsx');
const I1 = "15082419820916107X", I2 = "150824197503122026", I3 = "150824196805201315", I4 = "150824199011052243";
const d = (s) => new Date(s + "T00:00:00Z");

// sjs-multi: a members roster, the applicants in "Sheet1" (found by the header, a
// two-row header with merges, written as shared strings) and a hidden old copy
// named 救助申报（旧） that must not be read.
{
  const hdr1 = ["序号", "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）", "困难原因", "党员大会表决", null, null, null, "是否脱贫"];
  const hdr2 = [null, null, null, null, null, null, null, null, null, null, "应到人数", "实到人数", "赞成票", "反对票", null];
  const aoa = [
    ["2026年度困难党员救助申报表"], hdr1, hdr2,
    [1, "张志强", I1, "男", "乌加河镇", "乌加河村党支部", d("2026-09-05"), 3, 12000, "疾病、子女上学", 30, 28, 25, 2, false],
    [2, "王秀英", I2, "女", "乌加河镇", "八股地村党支部", d("2026-09-06"), 4, 15000.5, "长期失业", 30, 28, 20, 8, true],
    [3, "巴特尔·朝鲁", I3, "男", "川井苏木", "川井嘎查党支部", "2026.9.5", "2", "8,000", "天灾人祸", 25, 20, 18, 1, "否"],
    [],
    ["合计", null, null, null, null, null, null, {f: "SUM(H4:H6)"}, {f: "SUM(I4:I6)"}],
    ["制表人：王五", null, null, null, "审核：李四"],
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!merges'] = ["A1:O1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:N2", "O2:O3"].map(XLSX.utils.decode_range);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["姓名", "身份证号码", "所属苏木镇", "所在党支部"], ["张志强", I1, "乌加河镇", "乌加河村党支部"], ["王秀英", I2, "乌加河镇", "八股地村党支部"]]), "党员名册");
  XLSX.utils.book_append_sheet(wb, ws, "Sheet1");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([hdr1, ["1", "旧人", I4, "女", "x镇", "y支部", d("2025-01-01")]]), "救助申报（旧）");
  wb.Workbook = {Sheets: [{Hidden: 0}, {Hidden: 0}, {Hidden: 1}]};
  XLSX.writeFile(wb, "sjs-multi.xlsx", {bookSST: true, compression: true});
}

// sjs-typed: typed cells as SheetJS writes them without a shared-string table:
// t="str" text, t="d" ISO dates (cellDates), t="b" booleans, t="e" #N/A, an
// identity number given as a JavaScript number (its last digits lost), and a
// formula without a cached value.
{
  const ws = {};
  const put = (ref, cell) => { ws[ref] = cell; };
  ["姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "是否脱贫", "家庭人口", "联系电话"].forEach((h, i) => put(XLSX.utils.encode_cell({r: 0, c: i}), {t: 's', v: h}));
  put('A2', {t: 's', v: '张志强'}); put('B2', {t: 's', v: I1}); put('C2', {t: 's', v: '乌加河镇'}); put('D2', {t: 's', v: '支部甲'});
  put('E2', {t: 'd', v: d('2026-09-05')}); put('F2', {t: 'b', v: false}); put('G2', {t: 'e', v: 0x2A}); put('H2', {t: 's', v: '13800000000'});
  put('A3', {t: 's', v: '王秀英'}); put('B3', {t: 'n', v: 150824197503122026}); put('C3', {t: 's', v: '乌加河镇'}); put('D3', {t: 's', v: '支部甲'});
  put('E3', {t: 'd', v: new Date('2026-09-06T12:00:00Z')}); put('F3', {t: 'b', v: true}); put('G3', {t: 'n', f: 'A1+1'}); put('H3', {t: 'e', v: 0x17});
  put('A4', {t: 's', v: '刘桂兰'}); put('B4', {t: 's', v: I4}); put('C4', {t: 's', f: 'C3'}); put('D4', {t: 's', v: '支部甲'}); put('E4', {t: 'd', v: d('2026-09-07')});
  ws['!ref'] = 'A1:H4';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '救助申报');
  XLSX.writeFile(wb, 'sjs-typed.xlsx', {cellDates: true, bookSST: false, compression: true});
}
