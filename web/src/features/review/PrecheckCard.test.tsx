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
});
