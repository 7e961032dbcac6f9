package cn.dalian.laborbrand.review.publicity;

/**
 * Who publishes the notices of a district: the place as the title names it and the bureau that signs.
 *
 * @param place  大连市甘井子区, 瓦房店市, 大连金普新区
 * @param bureau 大连市甘井子区人力资源和社会保障局
 */
public record NoticeIssuer(String district, String place, String bureau) {
}
