import { expect, test } from '@playwright/test';
import { caseUnderNotice, submittedCase } from './pages/cases';
import { answerChallenge, lookUp, noticeListing } from './pages/objections';
import { recordScreen, runWord, signIn, signOut, todayInDalian } from './support';

/**
 * An objection from the public page during a notice: a member of the public objects to a listed brand without signing
 * in and keeps a receipt; a reviewer of the district other than the one who decided the case finds the objection with
 * the person masked, records the investigation and dismisses it; the person reads the outcome with the receipt.
 */
test.describe.serial('an objection during the notice', () => {
  const word = runWord();
  const brandName = `大连甘井子金港月嫂${word}服务师劳务品牌`;
  const cityBrandName = `大连金港月嫂${word}服务师劳务品牌`;
  const facts = '该单位2025年拖欠多名家政服务人员工资达三个月，劳动监察部门已责令整改，至今尚未全部支付到位。';
  let receipt: string;
  let code: string;

  test.beforeAll(async ({ playwright }, testInfo) => {
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const notice = await caseUnderNotice(api, await submittedCase(api, brandName, cityBrandName));
    await api.dispose();
    // a notice published on a day off starts on the next working day: nobody may object before
    testInfo.skip(notice.startsOn > todayInDalian(), `公示自 ${notice.startsOn} 起，今天尚不能提出异议`);
  });

  test('a member of the public objects to the brand from the public page and keeps the receipt', async ({ page }) => {
    const row = await noticeListing(page, brandName);
    // the notice's own card, inside the page's
    const notice = page.locator('.ant-card .ant-card').filter({ has: row });
    await expect(notice.getByRole('heading', { name: '大连市甘井子区2026年度劳务品牌拟认定名单公示' })).toBeVisible();
    await expect(notice.getByText(/实名提出/)).toBeVisible();
    await expect(notice.getByText('大连市甘井子区人力资源和社会保障局')).toBeVisible();
    await expect(row.getByRole('cell', { name: '区级、市级' })).toBeVisible();
    await recordScreen(page, '70-public-notice-document');

    await row.getByRole('button', { name: /提出异议/ }).click();
    const dialog = page.getByRole('dialog', { name: `对「${brandName}」提出异议` });
    // a content too short is refused before anything is sent
    await dialog.getByLabel('异议内容').fill('该单位有问题。');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await expect(dialog.getByText(/现为 7 个字/)).toBeVisible();

    await dialog.getByLabel('姓名').fill('王建国');
    await dialog.getByLabel('联系方式').fill('139 0411 8765');
    await dialog.getByLabel('异议内容').fill(facts);
    await answerChallenge(dialog);
    await recordScreen(page, '71-public-objection-form');
    await dialog.getByRole('button', { name: '提交异议' }).click();

    await expect(dialog.getByText('异议已受理')).toBeVisible();
    receipt = (await dialog.getByText(/^YY\d{14}$/).textContent())!;
    code = (await dialog.getByText(/^[2-9A-HJ-NP-Z]{8}$/).textContent())!;
    await recordScreen(page, '72-public-objection-receipt');

    await lookUp(page, receipt, code);
    await expect(page.getByText('已受理', { exact: true })).toBeVisible();
    await expect(page.getByText('王建国')).toHaveCount(0);
  });

  // 钱磊 (reviewer-ganjingzi-2), not 赵敏 who decided the case: nobody resolves an objection to their own decision
  test('a colleague of the district reviewer who decided finds it with the person masked, investigates and dismisses it', async ({ page }) => {
    await signIn(page, 'reviewer-ganjingzi-2', /\/reviews$/);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '公示异议' }).click();
    await expect(page.getByRole('heading', { name: '公示异议' })).toBeVisible();
    await page.getByLabel('办理状态').click();
    await page.getByTitle('已受理').click();
    const link = page.getByRole('link', { name: receipt });
    await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
    await recordScreen(page, '73-district-objections');
    // the oldest first: an objection of an earlier run may come before this one
    while (!(await link.isVisible())) {
      const next = page.getByRole('button', { name: '下一页' });
      expect(await next.isEnabled(), `公示异议中没有 ${receipt}`).toBe(true);
      await next.click();
      await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
    }
    await link.click();

    await expect(page.getByRole('heading', { name: `异议 ${receipt}` })).toBeVisible();
    await expect(page.getByText('王**')).toBeVisible();
    await expect(page.getByText('139****8765')).toBeVisible();
    await expect(page.getByText('13904118765')).toHaveCount(0);
    await expect(page.getByText(facts)).toBeVisible();

    await page.getByLabel('记录调查核实情况').fill('已电话联系异议人，并调取劳动监察部门整改记录：欠薪已于2025年6月全部支付。');
    await page.getByRole('button', { name: /^记\s?录$/ }).click();
    await expect(page.getByText('已记录调查核实情况。')).toBeVisible();
    await expect(page.getByText('调查核实中', { exact: true })).toBeVisible();

    await page.getByLabel('异议不成立').check();
    await page.getByLabel('调查核实结论').fill('经核查，所反映的欠薪问题已于2025年6月由劳动监察部门处理完毕，工资已全部支付，异议不成立。');
    await recordScreen(page, '74-district-objection-resolution');
    await page.getByRole('button', { name: /^办\s?结$/ }).click();
    await expect(page.getByText('异议已办结，处理结果已告知申报单位。')).toBeVisible();
    await expect(page.getByText('已办结', { exact: true })).toBeVisible();

    // and the case shows the objection resolved, nothing holding it back from the city once the notice has ended
    await page.getByRole('link', { name: brandName }).click();
    await expect(page.getByText('公示异议（1）')).toBeVisible();
    await expect(page.getByText(/尚未办结/)).toHaveCount(0);
    await signOut(page);
  });

  test('the person who objected reads the outcome with the receipt', async ({ page }) => {
    await lookUp(page, receipt, code);
    await expect(page.getByText('已办结', { exact: true })).toBeVisible();
    await expect(page.getByText('异议不成立', { exact: true })).toBeVisible();
    await expect(page.getByText(/工资已全部支付，异议不成立。/)).toBeVisible();
    await recordScreen(page, '75-public-objection-outcome');
  });
});
