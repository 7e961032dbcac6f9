import type { components } from '../../api/generated/application-service';
import { formatBytes } from '../../shared/transfer';

/**
 * 申报材料: the checklist of an application's materials as application-service answers it (GET
 * /api/applications/{id}/materials): every kind the campaign asks for, whether it is mandatory for this application
 * and why, what may be uploaded, and the files handed in.
 */

export type MaterialsView = components['schemas']['MaterialsView'];
export type Material = components['schemas']['Material'];
export type MaterialFile = components['schemas']['FileView'];
export type MaterialKind = NonNullable<Material['kind']>;

/** The file name endings of the media types the service takes, for the file picker (the service sniffs the bytes). */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/csv': ['.csv'],
};

/** The accept attribute of a kind's file picker: its media types and their file name endings. */
export function acceptOf(material: Pick<Material, 'allowedTypes'>): string {
  return (material.allowedTypes ?? []).flatMap((type) => [...(EXTENSIONS[type] ?? []), type]).join(',');
}

/** PDF、JPEG、PNG，单个文件不超过 20 MB */
export function limitText(material: Pick<Material, 'allowedFormats' | 'maxBytes'>): string {
  return `${material.allowedFormats ?? '—'}，单个文件不超过 ${formatBytes(material.maxBytes)}`;
}

/**
 * Why a chosen file is not sent at all: empty, or larger than the kind takes (the service refuses both again; asking
 * first spares the unit the wait of uploading a file that will be refused).
 */
export function fileProblem(file: { size: number }, material: Pick<Material, 'maxBytes' | 'label'>): string | undefined {
  if (file.size === 0) return '文件是空的（0 字节），请选择正确的文件。';
  if (material.maxBytes != null && file.size > material.maxBytes) {
    return `文件大小 ${formatBytes(file.size)}，超过了“${material.label}”的上限 ${formatBytes(material.maxBytes)}。`;
  }
  return undefined;
}

/** The mandatory kinds still without a file. */
export function missingMaterials(view: Pick<MaterialsView, 'materials'> | undefined): Material[] {
  return (view?.materials ?? []).filter((material) => material.missing);
}
