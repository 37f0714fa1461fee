/// More pages than the budget (`cvbuild.maxPages`, `--max-pages`, else two), even after the
/// tightening `render` would do.
struct PageBudgetRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        guard let rendering = context.rendering, let over = rendering.overflow else { return [] }
        let problem = CheckProblem.overPageBudget(needed: over.needed, budget: rendering.budget, linesOver: over.linesOver)
        if rendering.budgetFromOptions { return [Diagnostic(.warning, .check(problem), at: SourceLocation(file: "--max-pages"))] }
        let at = context.profile.sourceMap["cvbuild.maxPages"] != nil ? "cvbuild.maxPages" : nil
        return [context.finding(problem, at)]
    }
}
