/// A set of words found in a text by one forward scan (each position is tried against the words
/// that begin with its character), so that reading a hostile megabyte of text stays linear.
struct WordSet: Sendable {
    let words: [[Character]]
    private let byFirst: [Character: [[Character]]]

    init(_ words: [String]) {
        self.words = words.map(Array.init).filter { !$0.isEmpty }
        byFirst = Dictionary(grouping: self.words) { $0[0] }.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The longest word that starts at `index` of `text`.
    func word(in text: ArraySlice<Character>, at index: Int) -> [Character]? {
        guard let candidates = byFirst[text[index]] else { return nil }
        return candidates.first { word in
            index + word.count <= text.endIndex && text[index..<index + word.count].elementsEqual(word)
        }
    }

    /// The first place a word starts, at or after `start`.
    func first(in text: ArraySlice<Character>, from start: Int? = nil) -> (index: Int, word: [Character])? {
        var index = start ?? text.startIndex
        while index < text.endIndex {
            if let word = word(in: text, at: index) { return (index, word) }
            index += 1
        }
        return nil
    }

    func occurs(in text: ArraySlice<Character>) -> Bool { first(in: text) != nil }

    /// `text` cut at every word of the set (the words dropped), empty pieces left out.
    func split(_ text: ArraySlice<Character>) -> [ArraySlice<Character>] {
        var pieces: [ArraySlice<Character>] = []
        var start = text.startIndex, index = text.startIndex
        while index < text.endIndex {
            if let word = word(in: text, at: index) {
                if start < index { pieces.append(text[start..<index]) }
                index += word.count
                start = index
            } else {
                index += 1
            }
        }
        if start < text.endIndex { pieces.append(text[start..<text.endIndex]) }
        return pieces
    }
}

extension ArraySlice where Element == Character {
    /// Where `word` first occurs, at or after `start`.
    func firstIndex(of word: [Character], from start: Int? = nil) -> Int? {
        guard !word.isEmpty, word.count <= count else { return nil }
        var index = start ?? startIndex
        while index + word.count <= endIndex {
            if self[index] == word[0], self[index..<index + word.count].elementsEqual(word) { return index }
            index += 1
        }
        return nil
    }

    func contains(_ word: [Character]) -> Bool { firstIndex(of: word) != nil }
}
