package cn.dalian.laborbrand.application.evidence;

import java.util.List;

import org.mapstruct.Mapper;

@Mapper
interface EvidenceMapper {

    MaterialsView.FileView toView(MaterialFile file);

    List<MaterialsView.FileView> toViews(List<MaterialFile> files);
}
