import type { ThemeConfig } from 'antd';

/**
 * Ant Design's look with every text dark enough for WCAG 2 AA (4.5:1 against its background), which the browser tests
 * check on every main screen: Ant Design's default greys, links, status colours and the text of its coloured tags are
 * lighter than that, and the people reading these screens all day include the long-sighted. Tags take their colour
 * from these status colours or from the presets whose text passes (blue, geekblue, purple, magenta, red).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // pointed at or pressed, a button or link turns darker, not lighter, so that its white or blue text stays legible
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    colorError: '#cf1322',
    // the light backgrounds of tags and alerts stay Ant Design's: derived from the darker colours above they turn grey
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    borderRadius: 4,
    // no sliding and fading for those who asked their system for less motion
    motion: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};
