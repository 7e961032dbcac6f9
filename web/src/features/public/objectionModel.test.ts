import { contactProblem, contentProblem, lengthOf, paragraphsOf } from './objectionModel';

describe('an objection as the public page checks it before sending', () => {
  it('given a mobile number with spaces or hyphens, or an e-mail address, then the contact is taken', () => {
    expect(contactProblem('139 0411 8765')).toBeUndefined();
    expect(contactProblem('139-0411-8765')).toBeUndefined();
    expect(contactProblem('wangjianguo@163.com')).toBeUndefined();
  });

  it('given an office number, a short number or a name, then the contact is refused', () => {
    expect(contactProblem('0411-84567890')).toBe('请填写11位手机号码或有效的电子邮箱');
    expect(contactProblem('1390411876')).toBe('请填写11位手机号码或有效的电子邮箱');
    expect(contactProblem('王建国')).toBe('请填写11位手机号码或有效的电子邮箱');
    expect(contactProblem('  ')).toBe('请填写联系方式，以便告知处理结果');
  });

  it('given content of 20 to 2000 characters, counted as the service counts them, then it is taken', () => {
    const facts = '该单位2025年拖欠多名家政服务人员工资达三个月，尚未支付到位。';
    expect(lengthOf(`  ${facts}  `)).toBe([...facts].length);
    expect(contentProblem(facts)).toBeUndefined();
    expect(contentProblem('该单位有问题。')).toBe('异议内容应为 20 至 2000 个字，写明具体事实和理由（现为 7 个字）');
    expect(contentProblem('欠'.repeat(2001))).toContain('现为 2001 个字');
    expect(contentProblem('')).toBe('请填写异议内容');
  });

  it('given a notice body, then its paragraphs are its lines', () => {
    expect(paragraphsOf('根据……\n公示期：2026年12月1日至2026年12月7日。\n\n附件：名单')).toEqual(['根据……', '公示期：2026年12月1日至2026年12月7日。', '附件：名单']);
  });
});
