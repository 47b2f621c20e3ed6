import Testing

/// `cablegram [FILE]`, which starts the browser without parsing a command line, ends as `cablegram browse [FILE]`
/// does, and a word that names a subcommand (or help) still runs it.
@Suite struct PlainBrowseTests {
    @Test(arguments: [["/nowhere/a cable.txt"], ["-"], []])
    func aPlainStartEndsAsTheBrowseCommand(arguments: [String]) throws {
        let plain = try BuiltProgram.run(arguments)
        let browse = try BuiltProgram.run(["browse"] + arguments)
        #expect(plain.status == 2)
        #expect(plain.status == browse.status)
        #expect(plain.errors == browse.errors && !plain.errors.isEmpty)
        #expect(plain.output == browse.output)
    }

    @Test func aMissingFileOnATerminalEndsAsTheBrowseCommand() throws {
        let plain = try BuiltProgram.runInTerminal(["/nowhere/a cable.txt"])
        let browse = try BuiltProgram.runInTerminal(["browse", "/nowhere/a cable.txt"])
        #expect(plain.status != 0)
        #expect(plain.status == browse.status)
        #expect(plain.output == browse.output && plain.output.contains("/nowhere/a cable.txt"))
    }

    @Test func aSubcommandOrHelpAloneStillRuns() throws {
        let outline = try BuiltProgram.run(["outline"])
        #expect(outline.status == 0 && outline.output.contains("27.E"))
        let help = try BuiltProgram.run(["help"])
        #expect(help.status == 0 && help.output.contains("SUBCOMMANDS"))
    }
}
