/// A bullet of more than two lines at the theme's width, measured by the layout engine with
/// the theme's fonts, as the PDF sets it.
struct LongBulletRule: CheckRuleRunner {
    static let maxLines = 2

    func findings(_ context: CheckContext) -> [Diagnostic] {
        guard let rendering = context.rendering else { return [] }
        return context.bullets.compactMap { b in
            guard let lines = rendering.bulletLines[b.path], lines > Self.maxLines else { return nil }
            return context.finding(.longBullet(lines: lines, width: rendering.measure), b.path)
        }
    }
}
