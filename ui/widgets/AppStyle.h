#pragma once

#include <QProxyStyle>

namespace snapshotdesk {

// The desktop's own style (whatever -style, QT_STYLE_OVERRIDE or the platform chose), with two
// changes that keep Qt's image-format plugins out of the first frame:
//
// - Standard icons (the menu bar's overflow arrow, a line edit's clear button, message icons) are
//   loaded when first drawn instead of when asked for. Qt's styles keep them as PNG files, and
//   QImageReader, given a PNG by file name, first loads every installed image plugin to ask it
//   (10 plugins and their libraries here); none of those icons is on screen at start.
// - Fusion's group-box frame is painted instead of scaled from its PNG, in the same colours.
//
// Measured A/B in one run under Xvfb: 3.7 ms off the first paint of about 45 ms (bench/RESULTS.md).
class AppStyle final : public QProxyStyle
{
public:
    // `baseKey`: the style to wrap, by name (QStyleFactory), usually QApplication::style()->name().
    explicit AppStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace snapshotdesk
