import { expect, test, type Page } from '@playwright/test';
import { recordScreen, runWord, signIn, signOut, tokenOf } from './support';
import { CITY_LEVEL_FIGURES, DESCRIPTION } from './pages/applications';
import { nextResidentId, PDF, provideMaterials, ROSTER_HEADERS } from './pages/materials';
import { openCase } from './pages/review';

/**
 * The worker roster (务工人员花名册) of a new draft by 大连金港人力资源服务有限公司 (applicant-a, 甘井子区): the unit
 * names the employer it outputs workers to, imports a CSV of five rows of which one has a wrong ID number, and reads
 * what was taken, counted and refused; after it submits, the 甘井子区 bureau reads the roster's counts beside the
 * declared figures and reads one worker in full, saying why.
 */

/** The check character made wrong, as a typing slip would. */
function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

const EMPLOYER = '大连港湾物流有限公司';

test.describe.serial('the worker roster of an application', () => {
  const word = runWord();
  const brandName = `大连甘井子金港仓储${word}叉车工劳务品牌`;
  // ID numbers of this run's own, so that no earlier run's roster shares these workers
  const ids = [1, 2, 3, 4, 5].map(() => nextResidentId());
  const rows = [
    ['王建国', ids[0], '13904118761', '2021', '务工人员', '是', '是', '本单位', '是', '否', '', ''],
    ['李明', ids[1], '13904118762', '2021', '务工人员', '是', '否', EMPLOYER, '是', '否', '', ''],
    ['张伟', ids[2], '13904118763', '2022', '管理人员', '否', '否', '本单位', '是', '否', '', ''],
    ['赵强', withWrongCheck(ids[3]), '13904118764', '2022', '务工人员', '是', '是', '本单位', '是', '否', '', ''],
    ['孙丽', ids[4], '13904118765', '2022', '务工人员', '是', '是', EMPLOYER, '是', '否', '', ''],
  ];
  const csv = [ROSTER_HEADERS, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
  let applicationId: string;
  let page: Page;

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    page = await (await browser.newContext()).newPage();
    // a new draft of its own, through the API: the form is the other tests' subject
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const applicant = { Authorization: `Bearer ${await tokenOf(api, 'applicant-a')}` };
    const created = await api.post('/api/applications', {
      headers: applicant,
      data: {
        brandName,
        description: DESCRIPTION,
        requestedLevels: ['DISTRICT'],
        declaredYears: Object.entries(CITY_LEVEL_FIGURES).map(([year, figures]) => ({ year: Number(year), ...figures })),
        labourPractice: { contractSigningRatePercent: 100, employmentFilingRatePercent: 100, collectiveContractInForce: true,
          labourRelationsCoordinators: 2, massLabourDisputeOccurred: false },
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    applicationId = (await created.json()).id;
    await api.dispose();
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the unit names its employer, imports the roster and reads the rows taken, the counts and the refused line', async () => {
    await signIn(page, 'applicant-a', /\/applications$/);
    await page.goto(`/applications/${applicationId}`);
    await page.getByRole('button', { name: '务工人员花名册' }).click();
    await expect(page.getByRole('heading', { name: '务工人员花名册', level: 3 })).toBeVisible();
    // the template, fetched with the session's token and saved under the service's name
    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载模板（CSV）' }).click();
    expect((await template).suggestedFilename()).toBe('务工人员花名册模板.csv');

    // a row naming an employer not on the list is refused: the employer is named first
    const employers = page.getByLabel('用工单位名单');
    await employers.fill(EMPLOYER);
    await employers.press('Enter');
    await employers.press('Escape');
    await page.getByRole('button', { name: '保存用工单位名单' }).click();
    await expect(page.getByText('用工单位名单已保存，请重新导入花名册以按新名单校验')).toBeVisible();

    const upload = page.getByRole('region', { name: '上传花名册' });
    await upload.locator('input[type=file]').setInputFiles({ name: '务工人员花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(page.getByText('花名册已导入：接收 4 行，拒收 1 行')).toBeVisible();

    const result = page.getByRole('region', { name: '导入结果' });
    await expect(result.locator('.ant-descriptions-item').filter({ hasText: '接收行数' })).toContainText('4 行');
    await expect(result.locator('.ant-descriptions-item').filter({ hasText: '拒收行数' })).toContainText('1 行');
    await expect(result.locator('.ant-descriptions-item').filter({ hasText: '文件' })).toContainText('务工人员花名册.csv（CSV');
    const years = result.getByRole('table');
    // 2021: two listed, both trained, one passed, both employed; 2022: the manager left out, one counted
    await expect(years.getByRole('row', { name: /^2021年/ })).toContainText(/2 人\s*2 人\s*1 人\s*2 人/);
    await expect(years.getByRole('row', { name: /^2022年/ })).toContainText('1 人：经营管理人员 1 人');

    const refused = page.getByRole('region', { name: '拒收行' });
    const line5 = refused.getByRole('row', { name: /第 5 行/ });
    await expect(line5).toContainText('身份证号码');
    await expect(line5).toContainText('赵');
    await expect(line5).not.toContainText(rows[3][1]);
    const refusals = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载拒收清单（XLSX）' }).click();
    expect((await refusals).suggestedFilename()).toBe('花名册拒收清单.xlsx');
    await recordScreen(page, '70-applicant-roster-imported');

    // the import stays with the application: read again, it shows the same
    await page.reload();
    await expect(page.getByRole('region', { name: '导入结果' }).locator('.ant-descriptions-item').filter({ hasText: '接收行数' }))
      .toContainText('4 行');
    await expect(page.locator('.ant-select-selection-item').filter({ hasText: EMPLOYER })).toBeVisible();
  });

  test('the roster\'s organised output makes the output agreements mandatory; the unit uploads one and sees it listed', async () => {
    await page.goto(`/applications/${applicationId}`);
    await page.getByRole('button', { name: '申报材料' }).click();
    await expect(page.getByRole('heading', { name: '申报材料', level: 3 })).toBeVisible();
    await expect(page.getByText(/^尚缺 \d+ 项必需材料，齐全后方可提交申报$/)).toBeVisible();
    const agreements = page.getByRole('region', { name: '有组织输出协议' });
    await expect(agreements.getByText('必需', { exact: true })).toBeVisible();
    await expect(agreements).toContainText('花名册中有有组织输出的务工人员，须提交与用工单位签订的输出协议。');
    await expect(agreements).toContainText('PDF、JPEG、PNG，单个文件不超过');
    // the roster itself comes only through its import
    await expect(page.getByRole('region', { name: '务工人员花名册' }).getByRole('link', { name: '前往导入花名册' })).toBeVisible();

    await agreements.locator('input[type=file]').setInputFiles({ name: '与大连港湾物流有限公司输出协议.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByText('已上传：与大连港湾物流有限公司输出协议.pdf')).toBeVisible();
    const files = agreements.getByRole('list', { name: '有组织输出协议已上传文件' });
    await expect(files).toContainText('与大连港湾物流有限公司输出协议.pdf');
    await expect(agreements.getByText('已上传', { exact: true })).toBeVisible();
    await recordScreen(page, '71-applicant-materials');
    await signOut(page);
  });

  test('the 甘井子区 bureau reads the counts beside the declarations and reads one worker in full with a reason', async ({ playwright }, testInfo) => {
    // handed in through the API, and the case opened by the review service a moment later
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const token = await tokenOf(api, 'applicant-a');
    // the other mandatory materials, which are not this test's subject
    await provideMaterials(api, token, applicationId, CITY_LEVEL_FIGURES);
    const submitted = await api.post(`/api/applications/${applicationId}/submit`, { headers: { Authorization: `Bearer ${token}` } });
    expect(submitted.ok(), await submitted.text()).toBe(true);
    await api.dispose();

    await signIn(page, 'reviewer-ganjingzi', /\/reviews$/);
    await openCase(page, brandName);
    const card = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '花名册核验' }) });
    await expect(card.locator('.ant-descriptions-item').filter({ hasText: '导入行数' })).toContainText('接收 4 行，拒收 1 行');

    // the declared 1120 trained in 2021 against the roster's 2 (the pre-check arrives a moment after the case opens)
    const compared = card.getByRole('region', { name: '申报数据与花名册比对' });
    const trained2021 = compared.getByRole('row', { name: /2021年 培训人数/ });
    await expect(trained2021).toContainText('✗ 不相符：申报 1120 人，花名册计入 2 人');
    await expect(compared.getByText(/^\d+ 项申报数据与花名册不相符，请重点核实。$/)).toBeVisible();
    await expect(card.getByRole('region', { name: '花名册逐年统计' }).getByRole('row', { name: /^2022年/ })).toContainText('经营管理人员 1 人');
    await expect(card.getByRole('region', { name: '重复计入' })).toBeVisible();

    const workers = card.getByRole('region', { name: '务工人员名单' });
    const first = workers.getByRole('row').filter({ has: page.getByRole('button', { name: '查看第 2 行完整信息' }) });
    await expect(first).toContainText('王');
    await expect(first).toContainText(`${ids[0].slice(0, 4)}**********${ids[0].slice(14)}`);
    await expect(first).not.toContainText(ids[0]);
    // and the materials handed in, the output agreement the unit uploaded among them
    const materials = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '申报材料', exact: true }) });
    await expect(materials.getByText('必需材料齐全')).toBeVisible();
    await expect(materials.getByRole('row', { name: /^有组织输出协议/ })).toContainText('与大连港湾物流有限公司输出协议.pdf');
    await recordScreen(page, '72-district-case-roster');

    await first.getByRole('button', { name: '查看第 2 行完整信息' }).click();
    const dialog = page.getByRole('dialog', { name: '查看完整信息' });
    await dialog.getByRole('button', { name: '确认查看' }).click();
    await expect(dialog.getByText('请说明查看完整信息的理由')).toBeVisible();
    await dialog.getByLabel('查看理由').fill('电话核实该务工人员2021年度的培训和就业情况');
    await dialog.getByRole('button', { name: '确认查看' }).click();
    await expect(dialog.getByText(ids[0])).toBeVisible();
    await expect(dialog.getByText('王建国')).toBeVisible();
    await expect(dialog.getByText('13904118761')).toBeVisible();
    await expect(dialog.getByText('本次查看已记录')).toBeVisible();
    await recordScreen(page, '73-district-roster-disclosure');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await signOut(page);
  });
});
