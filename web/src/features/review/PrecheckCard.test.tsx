import { render, screen, within } from '@testing-library/react';
import { PrecheckCard } from './PrecheckCard';

const criterion = {
  criterion: 'TRAINED_COUNT', label: '培训人数', year: 2021, declared: '820 人',
};

describe('the pre-check card', () => {
  it('given the eligibility check is still running, when shown, then it says so', () => {
    render(<PrecheckCard precheck={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('资格预审进行中');
  });

  it('given one level met and one not, when shown, then each criterion says its result in words, not only in colour', () => {
    render(<PrecheckCard precheck={{
      levelsMet: ['DISTRICT'],
      blocking: false,
      result: {
        ruleSet: '2022/v1',
        levels: [
          { level: 'DISTRICT', met: true, criteria: [{ ...criterion, met: true, required: '≥ 500 人', explanation: '2021 年培训人数 820 人，达到区级标准（≥ 500 人）。' }] },
          { level: 'CITY', met: false, criteria: [{ ...criterion, met: false, required: '≥ 1000 人', explanation: '2021 年培训人数 820 人，未达到市级标准（≥ 1000 人）。' }] },
        ],
        riskFlags: [],
      },
    }} />);
    expect(screen.getByText('区级标准：✓ 符合')).toBeInTheDocument();
    expect(screen.getByText('市级标准：✗ 不符合')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /培训人数/ });
    expect(within(row).getByText('2021年')).toBeInTheDocument();
    expect(within(row).getByText('✓ 符合')).toBeInTheDocument();
    expect(screen.getByText('未发现风险事项。')).toBeInTheDocument();
  });

  it('given a blocking risk flag, when shown, then it is an error alert', () => {
    render(<PrecheckCard precheck={{
      levelsMet: [],
      blocking: true,
      result: {
        ruleSet: '2022/v1',
        levels: [],
        riskFlags: [{ code: 'UNFINISHED_RECTIFICATION', description: '存在劳动监察部门责令整改未完成事项', blocking: true }],
      },
    }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('阻断性风险：存在劳动监察部门责令整改未完成事项');
  });

  it('given an assessment on the roster, when shown, then it says so and gives the counted figure, an unsupported one as such', () => {
    render(<PrecheckCard precheck={{
      levelsMet: [],
      blocking: false,
      result: {
        ruleSet: '2022/v1',
        basis: 'ROSTER',
        levels: [{ level: 'DISTRICT', met: false, criteria: [
          { ...criterion, met: false, required: '≥ 500 人', explanation: '花名册计入 7 人。', counted: '7 人', supported: false },
          { ...criterion, year: 2022, declared: '9 人', met: false, required: '≥ 500 人', explanation: '—', counted: '9 人', supported: true },
        ] }],
        riskFlags: [{ code: 'DECLARATION_NOT_SUPPORTED', description: '申报数据与花名册不符', blocking: false }],
      },
    }} />);
    expect(screen.getByText(/按导入的务工人员花名册计数/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '花名册计入' })).toBeInTheDocument();
    const unsupported = screen.getByRole('row', { name: /2021年/ });
    expect(within(unsupported).getByText(/✗ 不支持申报数据/)).toHaveTextContent('7 人');
    const supported = screen.getByRole('row', { name: /2022年/ });
    expect(within(supported).getByText('✓ 相符')).toBeInTheDocument();
  });

  it('given an assessment of the declared figures only, when shown, then there is no roster column', () => {
    render(<PrecheckCard precheck={{
      levelsMet: ['DISTRICT'],
      blocking: false,
      result: {
        ruleSet: '2022/v1',
        levels: [{ level: 'DISTRICT', met: true, criteria: [{ ...criterion, met: true, required: '≥ 500 人', explanation: '达到' }] }],
        riskFlags: [],
      },
    }} />);
    expect(screen.queryByRole('columnheader', { name: '花名册计入' })).not.toBeInTheDocument();
  });
});
