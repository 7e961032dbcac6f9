package cn.dalian.laborbrand.notification.preferences;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import cn.dalian.laborbrand.notification.channels.Channel;

@Mapper(imports = Channel.class)
interface PreferenceMapper {

    @Mapping(target = "category", expression = "java(preference.kind().category())")
    @Mapping(target = "label", expression = "java(preference.kind().label())")
    @Mapping(target = "legalWeight", expression = "java(preference.kind().legalWeight())")
    @Mapping(target = "audience", expression = "java(preference.kind().audience())")
    @Mapping(target = "inApp", constant = "true")
    @Mapping(target = "email", expression = "java(preference.channels().contains(Channel.EMAIL))")
    @Mapping(target = "sms", expression = "java(preference.channels().contains(Channel.SMS))")
    @Mapping(target = "emailRequired", expression = "java(preference.kind().requiredChannels().contains(Channel.EMAIL))")
    PreferenceView toView(Preferences.Preference preference);

    List<PreferenceView> toViews(List<Preferences.Preference> preferences);

    default PreferencesView toPage(List<Preferences.Preference> preferences) {
        return new PreferencesView(toViews(preferences));
    }
}
