/**
 * The year's review as the committee reads it (issue 15 §1, §3): evaluation
 * sheets, committee opinions with the city's response, the 総括 and the
 * issuing date and department, from the progress module of the report year.
 * Like model.ts, every string here is plain text placed by the templates.
 * A part the document states it does not give is printed as it says
 * (「記載なし」); a part it leaves out is not printed at all.
 */
import { statedText, type Plan, type Progress } from '@keikaku/schema';
import { numberText } from './evaluate/values.js';

type Sheet = NonNullable<Progress['sheets']>[number];
type Opinion = NonNullable<Progress['opinions']>[number];
type Absence = { readonly absent: string; readonly reason?: string };

const isAbsent = (v: unknown): v is Absence => typeof v === 'object' && v !== null && 'absent' in v;
/** A stated absence as the document says it: 記載なし（理由）. */
export const absenceText = (a: Absence) => `${a.absent}${a.reason ? `（${a.reason}）` : ''}`;

export interface SheetRowView {
  /** 担当課, 取組実績, 課題, 今後の方向性, 評価, 事業費 */
  head: string;
  /** Lines of the cell; each is one paragraph or list item. */
  lines: string[];
  /** Present when the lines are a list (課題, figures). */
  list?: boolean;
  /** The evaluations, when the row is 評価. */
  evaluations?: { by: string; grade: string; label: string; reason?: string }[];
  /** Amounts, when the row is 事業費. */
  cost?: { head: string; value: string }[];
}

export interface SheetView {
  /** 評価シート, or its printed name. */
  heading: string;
  /** What the sheet is about, for a sheet shown apart from its node (an initiative's). */
  about?: string;
  anchor: string;
  rows: SheetRowView[];
}

export interface OpinionView {
  /** 計画全体, or the node's label and title. */
  about: string;
  meeting?: string;
  opinion: string;
  response?: string;
  status?: string;
  department?: string;
}

export interface ReviewView {
  /** 総括: its heading and paragraphs, or the absence as stated. */
  summary?: { heading: string; paragraphs: string[] };
  opinions: OpinionView[];
  /** ISO date the progress report was issued. */
  issuedDate?: string;
  issuedDepartment?: string;
  /** Sheets by node id (goal, policy, approach, initiative). */
  sheets: Map<string, SheetView[]>;
}

export interface NodeName {
  label: string;
  title: string;
}

function yen(a: { amount: number; unit: '円' | '千円' } | Absence): string {
  return isAbsent(a) ? absenceText(a) : numberText(a.amount, a.unit);
}

function sheetView(plan: Plan, s: Sheet, i: number, names: Map<string, NodeName>): SheetView {
  const rows: SheetRowView[] = [];
  const scales = new Map((plan.grading ?? []).map((g) => [g.id, g]));
  if (s.department !== undefined) rows.push({ head: '担当課', lines: [typeof s.department === 'string' ? s.department : absenceText(s.department)] });
  if (s.achievements !== undefined) {
    const a = s.achievements;
    if (isAbsent(a)) rows.push({ head: '取組実績', lines: [absenceText(a)] });
    else {
      const figures = (a.figures ?? []).map((f) => `${f.label}：${f.printed ?? numberText(f.value, String(f.unit))}`);
      rows.push({ head: '取組実績', lines: [...(a.text ?? []), ...figures], ...(figures.length ? { list: true } : {}) });
    }
  }
  if (s.issues !== undefined) rows.push(isAbsent(s.issues) ? { head: '課題', lines: [absenceText(s.issues)] } : { head: '課題', lines: [...s.issues], list: s.issues.length > 1 });
  if (s.outlook !== undefined) {
    const o = s.outlook;
    rows.push({ head: '今後の方向性', lines: isAbsent(o) ? [absenceText(o)] : [`${String(o.course)}${o.text ? `：${o.text}` : ''}`] });
  }
  if (s.evaluations?.length) {
    rows.push({
      head: '評価',
      lines: [],
      evaluations: s.evaluations.map((e) => {
        const level = scales.get(e.scale)?.levels.find((l) => l.mark === e.grade);
        const reason = e.reason === undefined ? undefined : typeof e.reason === 'string' ? e.reason : absenceText(e.reason);
        return { by: e.by, grade: e.grade, label: (level && statedText(level.label)) ?? '', ...(reason ? { reason } : {}) };
      }),
    });
  }
  if (s.cost !== undefined) {
    const c = s.cost;
    if (isAbsent(c)) rows.push({ head: '事業費', lines: [absenceText(c)] });
    else {
      const cost = [
        ...(c.budget ? [{ head: '予算額', value: yen(c.budget) }] : []),
        ...(c.settlement ? [{ head: '決算額', value: yen(c.settlement) }] : []),
      ];
      rows.push({ head: '事業費', lines: c.note ? [c.note] : [], cost });
    }
  }
  const n = names.get(s.node);
  return {
    heading: s.heading ?? '評価シート',
    ...(n ? { about: `${n.label} ${n.title}` } : {}),
    anchor: `sheet-${i}`,
    rows,
  };
}

function opinionView(o: Opinion, names: Map<string, NodeName>): OpinionView {
  const n = o.node !== undefined ? names.get(o.node) : undefined;
  const r = o.response;
  return {
    about: o.node === undefined ? '計画全体' : n ? `${n.label} ${n.title}` : o.node,
    ...(o.meeting ? { meeting: o.meeting } : {}),
    opinion: o.opinion,
    ...(r === undefined ? {} : isAbsent(r) ? { response: absenceText(r) } : { response: r.text, ...(r.status ? { status: r.status } : {}), ...(r.department ? { department: r.department } : {}) }),
  };
}

/** The review of the report year (empty when the year has no progress module or it holds no review). */
export function reviewView(plan: Plan, progress: Pick<Progress, 'sheets' | 'opinions' | 'summary' | 'issued'> | undefined, names: Map<string, NodeName>): ReviewView {
  const sheets = new Map<string, SheetView[]>();
  (progress?.sheets ?? []).forEach((s, i) => {
    const list = sheets.get(s.node) ?? [];
    list.push(sheetView(plan, s, i, names));
    sheets.set(s.node, list);
  });
  const sum = progress?.summary;
  const issued = progress?.issued;
  return {
    ...(sum ? { summary: isAbsent(sum) ? { heading: '総括', paragraphs: [absenceText(sum)] } : { heading: sum.heading ?? '総括', paragraphs: [...sum.paragraphs] } } : {}),
    opinions: (progress?.opinions ?? []).map((o) => opinionView(o, names)),
    // A cover prints what is known; a date or department the report states it leaves out is simply not printed.
    ...(typeof issued?.date === 'string' ? { issuedDate: issued.date } : {}),
    ...(typeof issued?.department === 'string' ? { issuedDepartment: issued.department } : {}),
    sheets,
  };
}
