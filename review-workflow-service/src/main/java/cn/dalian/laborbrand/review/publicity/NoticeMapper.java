package cn.dalian.laborbrand.review.publicity;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface NoticeMapper {

    /** The list shows the brands still on it, not those taken off after an upheld objection. */
    @Mapping(target = "entries", expression = "java(toListed(notice.listed()))")
    PublicNoticeView toPublic(PublicNotice notice);

    List<PublicNoticeView.ListedBrand> toListed(List<NoticeEntry> entries);
}
