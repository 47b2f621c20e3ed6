extension String {
    /// Written in capitals, as office names and most headers are: letters, fewer than one in five in lower case.
    var isMostlyCapitals: Bool {
        var lower = 0
        var letters = 0
        for character in self where character.isLetter {
            letters += 1
            if character.isLowercase { lower += 1 }
        }
        return letters > 0 && lower * 5 < letters
    }
}
