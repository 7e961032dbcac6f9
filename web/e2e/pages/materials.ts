import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { YearFigures } from './applications';

/**
 * What an application needs beside Attachment 1 before it can be handed in: the worker roster (务工人员花名册) and the
 * materials (申报材料) the campaign makes mandatory. The tests whose subject is not these provide them through the API:
 * a roster whose counts support the declared figures exactly, and a small PDF for each mandatory kind.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const DAY_MS = 86_400_000;

/** A resident ID number (GB 11643) of 甘井子区 with its check character, for a birth day and a sequence number (1–999). */
export function residentId(birth: Date, sequence: number): string {
  const date = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const body = `210211${date}${String(sequence).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index], 0);
  return body + CHECK[sum % 11];
}

/**
 * ID numbers no other run uses: each run starts on a random birth day between 1965 and 1997 and takes the sequence
 * numbers of that day and the days after it in order, so that two runs' workers meet only if their blocks of days do.
 */
const firstDay = Date.UTC(1965, 0, 1) + Math.floor(Math.random() * 12_000) * DAY_MS;
let taken = 0;

export function nextResidentId(): string {
  const index = taken++;
  return residentId(new Date(firstDay + Math.floor(index / 999) * DAY_MS), (index % 999) + 1);
}

export const ROSTER_HEADERS = ['姓名', '身份证号码', '手机号码', '年度', '人员类别', '是否参加特色培训', '培训是否合格', '就业单位',
  '就业单位是否在大连', '是否省外输出', '劳动（派遣）合同编号', '省外社保缴纳证明编号'];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['建国', '海波', '丽娟', '志强', '秀英', '明辉', '桂兰', '永刚', '春梅', '德胜'];

function worker(index: number, year: number, trained: boolean, passed: boolean, employed: boolean): string[] {
  const name = SURNAMES[index % SURNAMES.length] + GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length];
  const phone = `139${String(10_000_000 + index).slice(-8)}`;
  return [name, nextResidentId(), phone, String(year), '务工人员', trained ? '是' : '否', passed ? '是' : '否', employed ? '本单位' : '',
    employed ? '是' : '', '否', '', ''];
}

/**
 * A roster whose counts support the declared figures exactly: per year as many trained as declared, of them enough
 * passed for the pass rate, as many employed as declared (all in the unit's own absorption, so no organised output),
 * enough of them specially trained for the share.
 */
export function rosterSupporting(figures: Record<number, YearFigures>): string {
  const rows: string[][] = [];
  for (const [yearText, declared] of Object.entries(figures)) {
    const year = Number(yearText);
    const trained = declared.trainedCount;
    const passed = Math.ceil((trained * declared.trainingPassRatePercent) / 100 - 1e-9);
    const employed = declared.employedCount;
    const speciallyTrainedEmployed = Math.min(trained, Math.ceil((employed * declared.speciallyTrainedSharePercent) / 100 - 1e-9));
    for (let i = 0; i < trained; i++) rows.push(worker(rows.length, year, true, i < passed, i < speciallyTrainedEmployed));
    for (let i = speciallyTrainedEmployed; i < employed; i++) rows.push(worker(rows.length, year, false, false, true));
  }
  return [ROSTER_HEADERS, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

/** The smallest file the platform takes as a PDF (its type is read from the bytes). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n'
  + 'trailer <</Root 1 0 R>>\n%%EOF\n');

interface MaterialState {
  kind: string;
  missing: boolean;
  onlyThroughRosterImport: boolean;
}

/**
 * Imports a roster supporting the figures (unless the application has one) and uploads a PDF for every mandatory kind
 * still missing, through the API with the given bearer token.
 */
export async function provideMaterials(api: APIRequestContext, token: string, applicationId: string, figures: Record<number, YearFigures>) {
  const authorization = { Authorization: `Bearer ${token}` };
  const roster = await api.get(`/api/applications/${applicationId}/roster`, { headers: authorization });
  expect(roster.ok(), await roster.text()).toBe(true);
  if (!(await roster.json()).current) {
    const imported = await api.post(`/api/applications/${applicationId}/roster?name=${encodeURIComponent('务工人员花名册.csv')}`, {
      headers: { ...authorization, 'Content-Type': 'application/octet-stream' },
      data: Buffer.from(rosterSupporting(figures), 'utf8'),
    });
    expect(imported.ok(), await imported.text()).toBe(true);
  }
  const checklist = await api.get(`/api/applications/${applicationId}/materials`, { headers: authorization });
  expect(checklist.ok(), await checklist.text()).toBe(true);
  const materials = (await checklist.json()).materials as MaterialState[];
  for (const material of materials.filter((each) => each.missing && !each.onlyThroughRosterImport)) {
    const uploaded = await api.post(`/api/applications/${applicationId}/materials/${material.kind}/files?name=${material.kind}.pdf`, {
      headers: { ...authorization, 'Content-Type': 'application/octet-stream' },
      data: PDF,
    });
    expect(uploaded.ok(), await uploaded.text()).toBe(true);
  }
}

/** The access token of the person signed in on the page (the SPA keeps its session in the tab's session storage). */
export async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      if (key.startsWith('oidc.user:')) return (JSON.parse(sessionStorage.getItem(key)!) as { access_token?: string }).access_token;
    }
    return undefined;
  });
  expect(token, 'a signed-in session').toBeTruthy();
  return token!;
}

/** For the application open in the form (/applications/{id}/edit): its roster and materials, as the signed-in unit. */
export async function provideMaterialsOfOpenDraft(page: Page, figures: Record<number, YearFigures>) {
  const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id, 'an application open in the form').toBeTruthy();
  await provideMaterials(page.request, await sessionToken(page), id!, figures);
}
