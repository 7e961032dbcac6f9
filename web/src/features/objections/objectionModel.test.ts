import { findingProblem, outcomesFor } from './objectionModel';

describe('the district decides on an objection', () => {
  it('given a finding of a sentence, then it is taken; less is refused as the service refuses it', () => {
    expect(findingProblem('经实地核查，所反映的欠薪问题已处理完毕，异议不成立。')).toBeUndefined();
    expect(findingProblem('不成立')).toBe('请写明调查核实结论（至少 10 个字，一句完整的话）');
    expect(findingProblem('   ')).toBe('请填写调查核实结论');
  });

  it('given a brand not recommended for the city, then withdrawing the city level is not offered', () => {
    expect(outcomesFor(false)).toEqual(['DISMISSED', 'UPHELD_REJECTED']);
    expect(outcomesFor(true)).toEqual(['DISMISSED', 'UPHELD_LEVEL_WITHDRAWN', 'UPHELD_REJECTED']);
  });
});
