import { acceptOf, fileProblem, limitText, missingMaterials, type Material } from './materialsModel';

const LICENCE: Material = {
  kind: 'BUSINESS_LICENCE', label: '营业执照或法人登记证书', requirement: 'ALWAYS', mandatory: true, reason: '每个申报单位都须提交。',
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'], allowedFormats: 'PDF、JPEG、PNG', maxBytes: 20 * 1024 * 1024,
  onlyThroughRosterImport: false, missing: true, files: [],
};

describe('a kind of material', () => {
  it('lets the file picker offer its types by name ending and media type', () => {
    expect(acceptOf(LICENCE)).toBe('.pdf,application/pdf,.jpg,.jpeg,image/jpeg,.png,image/png');
    expect(acceptOf({ allowedTypes: ['application/x-unknown'] })).toBe('application/x-unknown');
    expect(acceptOf({})).toBe('');
  });

  it('says what it takes and how large', () => {
    expect(limitText(LICENCE)).toBe('PDF、JPEG、PNG，单个文件不超过 20 MB');
  });

  it('refuses an empty file and one over its limit before sending, and takes the rest', () => {
    expect(fileProblem({ size: 0 }, LICENCE)).toBe('文件是空的（0 字节），请选择正确的文件。');
    expect(fileProblem({ size: 21 * 1024 * 1024 }, LICENCE)).toBe('文件大小 21 MB，超过了“营业执照或法人登记证书”的上限 20 MB。');
    expect(fileProblem({ size: 20 * 1024 * 1024 }, LICENCE)).toBeUndefined();
  });

  it('is missing while mandatory and without a file, as the service says', () => {
    expect(missingMaterials({ materials: [LICENCE, { ...LICENCE, kind: 'LABOUR_RULES' as const, missing: false }] }).map((m) => m.kind))
      .toEqual(['BUSINESS_LICENCE']);
    expect(missingMaterials(undefined)).toEqual([]);
  });
});
