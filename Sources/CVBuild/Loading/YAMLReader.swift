import Foundation
import Yams

/// Reads YAML text into a `SourceNode` tree with positions, guarding against documents that
/// nest too deeply or expand aliases into too many values.
enum YAMLReader {
    static let maxDepth = 200

    static func read(_ source: SourceText) -> Outcome<SourceNode> {
        let fail = { (problem: Problem, position: TextPosition?) -> Outcome<SourceNode> in
            .failure(Diagnostic(.error, problem, at: source.location(position ?? .start)))
        }
        if let deep = NestingScanner.firstPositionDeeperThan(maxDepth, in: source.text) {
            return fail(.nestingTooDeep(limit: maxDepth), deep)
        }
        let root: Node?
        do {
            // The basic resolver: plain scalars are classified by `ScalarClassifier`, which is
            // cheaper than Yams's regular expressions and never runs unless asked.
            root = try Parser(yaml: source.text, resolver: .basic).singleRoot()
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: source))
        } catch {
            return fail(.yamlSyntax(message: "\(error)"), nil)
        }
        guard let root else { return fail(.emptyFile(source.kind), .start) }
        // Aliases share storage in Yams's tree; expanding them is what a bomb attacks, so the
        // conversion counts every value it makes and stops at a budget tied to the file size.
        var budget = max(100_000, source.text.utf8.count * 2)
        do {
            return .success(try convert(root, budget: &budget))
        } catch let error as AliasBudgetExceeded {
            return fail(.aliasExpansionTooLarge(limit: max(100_000, source.text.utf8.count * 2)), error.position)
        } catch let error as KeyNotText {
            return fail(.keyNotText, error.position)
        } catch {
            return fail(.yamlSyntax(message: "\(error)"), nil)
        }
    }

    private struct AliasBudgetExceeded: Error { let position: TextPosition }
    private struct KeyNotText: Error { let position: TextPosition }

    private static func position(_ mark: Mark?) -> TextPosition {
        mark.map { TextPosition(line: $0.line, column: $0.column) } ?? .start
    }

    private static func convert(_ node: Node, budget: inout Int) throws -> SourceNode {
        budget -= 1
        let at = position(node.mark)
        if budget < 0 { throw AliasBudgetExceeded(position: at) }
        switch node {
        case .scalar(let scalar):
            let kind = scalar.style == .plain ? ScalarClassifier.kind(of: scalar.string) : .text
            return SourceNode(.scalar(.init(text: scalar.string, kind: kind)), at: at)
        case .sequence(let sequence):
            var items: [SourceNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, budget: &budget)) }
            return SourceNode(.sequence(items), at: at)
        case .mapping(let mapping):
            var pairs: [SourceNode.Pair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let k) = key else { throw KeyNotText(position: position(key.mark)) }
                pairs.append(.init(key: k.string, keyPosition: position(key.mark),
                                   value: try convert(value, budget: &budget)))
            }
            return SourceNode(.mapping(pairs), at: at)
        }
    }

    private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        func make(_ problem: Problem, _ at: TextPosition) -> Diagnostic {
            Diagnostic(.error, problem, at: source.location(at))
        }
        func message(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            // libyaml's words for the two mistakes newcomers make most, said in theirs.
            let line = source.line(mark.line) ?? ""
            if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("cannot start any token") && line.contains("\t") {
                return make(.yamlTab, TextPosition(line: mark.line, column: (line.firstIndex(of: "\t").map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 1))
            }
            if (context?.text ?? "").contains("scanning an alias") || problem.contains("scanning an alias") {
                return make(.yamlStarText, position(mark))
            }
            return make(.yamlSyntax(message: message(context, problem)), position(mark))
        case .composer(let context, let problem, let mark, _):
            if problem.contains("another document") { return make(.multipleDocuments, position(mark)) }
            return make(.yamlSyntax(message: message(context, problem)), position(mark))
        case .reader(let problem, let offset, _, _):
            let bytes = Array(source.text.utf8)
            let at = offset.map { SourceReader.position(ofByte: min($0, bytes.count), in: bytes) } ?? .start
            return make(.yamlSyntax(message: problem), at)
        default:
            return make(.yamlSyntax(message: "\(error)"), .start)
        }
    }
}
