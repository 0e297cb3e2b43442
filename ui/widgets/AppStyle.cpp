#include "ui/widgets/AppStyle.h"

#include <QApplication>
#include <QGroupBox>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace snapshotdesk {

namespace {

// A standard icon that asks the style for the real one the first time it is drawn or measured.
class DeferredStandardIcon final : public QIconEngine
{
public:
    DeferredStandardIcon(const QStyle* style, QStyle::StandardPixmap which, Qt::LayoutDirection direction)
        : m_style(style)
        , m_which(which)
        , m_direction(direction)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("snapshotdesk-deferred-standard-icon"); }
    QIconEngine* clone() const override { return new DeferredStandardIcon(*this); }

private:
    const QIcon& icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style) {
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(m_which, &option);
            }
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    bool m_loaded = false;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle(const QString& baseKey)
    : QProxyStyle(baseKey)
{}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    const Qt::LayoutDirection direction = option   ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    return QIcon(new DeferredStandardIcon(baseStyle(), icon, direction));
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    if (element != PE_FrameGroupBox || baseStyle()->name().compare(u"fusion", Qt::CaseInsensitive) != 0) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // What QFusionStyle draws from fusion_groupbox.png: below the title, a rounded frame of
    // translucent grey, one pixel in from the top left, a faint line inside it and a barely darker
    // inside (the PNG's own values).
    int top = 3; // Fusion's groupBoxTopMargin
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    if (!box || box->isCheckable() || !box->title().isEmpty())
        top += qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget), option->fontMetrics.height());
    const QRect frame = option->rect.adjusted(0, top, 0, 0);
    painter->save();
    painter->fillRect(frame.adjusted(2, 2, -1, -1), QColor(0, 0, 0, 3));
    painter->setPen(QColor(0, 0, 0, 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(frame.adjusted(2, 2, -2, -2));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(117, 117, 117, 50));
    painter->drawRoundedRect(QRectF(frame).adjusted(1.5, 1.5, -0.5, -0.5), 1, 1);
    painter->restore();
}

} // namespace snapshotdesk
