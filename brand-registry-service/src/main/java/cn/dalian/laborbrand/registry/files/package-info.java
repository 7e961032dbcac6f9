/**
 * Files: the documents dynamic management rests on (a rectification's evidence, the province's decision document),
 * kept in the registry's own database with their SHA-256 and the type sniffed from their bytes. Owns the
 * {@code stored_file} table; others store and read files through {@link cn.dalian.laborbrand.registry.files.StoredFiles}.
 */
@ApplicationModule(displayName = "文件 files")
package cn.dalian.laborbrand.registry.files;

import org.springframework.modulith.ApplicationModule;
