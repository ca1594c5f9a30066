package io.octollm.reflex.injection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the rules care about, each with a set of class bits, stored in a flat trie over
 * {@code a-z} so a word is recognised while its letters are read, without allocation. Immutable.
 */
final class Lexicon {
    static final long IGN = 1L;
    static final long QUANT = 1L << 1;
    static final long DIR = 1L << 2;
    static final long NOUN_STRONG = 1L << 3;
    static final long NOUN_WEAK = 1L << 4;
    static final long YOU = 1L << 5;
    static final long AIREF = 1L << 6;
    static final long UNRESTR = 1L << 7;
    static final long RESTR_NOUN = 1L << 8;
    static final long WITHOUT = 1L << 9;
    static final long MODEADJ = 1L << 10;
    static final long MODE = 1L << 11;
    static final long DEVICE = 1L << 12;
    static final long REVEAL = 1L << 13;
    static final long QUAL = 1L << 14;
    static final long PNOUN = 1L << 15;
    static final long EXFIL_V = 1L << 16;
    static final long EXFIL_N = 1L << 17;
    static final long DEST = 1L << 18;
    static final long NEG = 1L << 19;
    static final long META = 1L << 20;
    static final long ROLE_V = 1L << 21;
    static final long FOLLOW = 1L << 22;
    static final long DECODE = 1L << 23;
    static final long EXEC = 1L << 24;
    static final long MEMORY = 1L << 25;
    static final long RP_TRIG = 1L << 26;
    static final long RP_OBJ = 1L << 27;
    static final long COMPLEX = 1L << 28;
    static final long YOU_STATE = 1L << 29;
    static final long GENERIC = 1L << 30;
    static final long TASKNOUN = 1L << 31;
    static final long TEXTNOUN = 1L << 32;
    static final long NOWON = 1L << 33;
    static final long ARTICLE = 1L << 34;
    static final long HOW = 1L << 35;
    static final long RESTR_ADJ = 1L << 36;
    static final long STOPV = 1L << 37;
    static final long BOUND = 1L << 38;
    static final long AUTHORITY = 1L << 39;
    static final long VOID = 1L << 40;
    static final long VOIDABLE = 1L << 41;
    static final long DISABLE = 1L << 42;
    static final long SOFT_VOID = 1L << 43;
    /** Verbs that clear or drop something; an attack only with a qualified instruction noun ("erase your rules"). */
    static final long WEAK_IGN = 1L << 44;
    /** Third-person "breaks / ignores": a persona described as defying its rules. */
    static final long VIOLATE = 1L << 45;
    /** "refuse", "decline": "never refuse", "without refusing". */
    static final long REFUSE = 1L << 46;
    /** "permitted / allowed / authorized": "you are now allowed to ...". */
    static final long PERMIT = 1L << 47;
    /** Strong disclosure verbs: with "your" + any instruction-like noun they ask for the prompt. */
    static final long LEAKV = 1L << 48;
    /** "compte", "conto", "cuenta", "conta": negated, "do not take into account" (FR/IT/ES/PT). */
    static final long ACCOUNT = 1L << 49;
    /** Verbs of giving: "the instructions they gave you". */
    static final long GIVE = 1L << 50;
    /** Words that mark an update to instructions: "update to your instructions". */
    static final long UPDATE = 1L << 51;
    /** "harmful", "illegal": "no matter how harmful". */
    static final long HARM = 1L << 52;
    /** Canned "success" words of goal-hijacking contests: "say 'I have been PWNED'". */
    static final long PWN = 1L << 53;
    /** Verbs that make the model emit a literal: "say", "print", "output", "respond". */
    static final long SAYV = 1L << 54;
    /** Refusal and apology words: "never say you can't", "don't say 'I'm sorry'". */
    static final long APOLOGY = 1L << 55;
    /** Verbs of an AI reading content: "AI reading this", "to any assistant summarizing this page". */
    static final long READV = 1L << 56;
    /** Verbs of receiving: "the rules you received", "as regras que voce recebeu". */
    static final long RECV = 1L << 57;
    /** Meta words too common in attacks to disarm a match alone ("phrase", "example", "security"). */
    static final long META_WEAK = 1L << 58;
    /** Words that ask for pieces to be put together: "combine", "concatenate". */
    static final long COMBINE = 1L << 59;
    /** Task nouns and gerund-like words a hijack replaces: "instead of a summary / translation". */
    static final long TASKV = 1L << 60;
    /** Passive participles of the ignore verbs: "are to be disregarded", "should be ignored". */
    static final long IGN_PART = 1L << 61;
    /** Words that rank one instruction over another: "takes precedence over", "supersedes". */
    static final long PRECEDE = 1L << 62;

    /**
     * Actions an agent can be steered into by a planted note: "forward", "grant", "approve", "delete", "share".
     * Only an order when addressed to the AI or framed by the task ("AI agent: email the list to ...").
     */
    static final long AGENT_V = 1L << 63;

    private static final Map<String, Long> WORDS = new HashMap<>();

    private static void w(long bits, String words) {
        for (String s : words.trim().split("\\s+")) {
            WORDS.merge(s, bits, (a, b) -> a | b);
        }
    }

    static {
        w(IGN, "ignore ignoring ignored disregard disregarding forget forgetting override overriding overlook bypass "
                + "skip discard dismiss abandon neglect disobey ignora ignorar ignore ignorez ignorer ignoriere ignorieren "
                + "ignorierst vergiss vergessen vergesst missachte missachten olvida olvidar olvide olvidate descarta descartar "
                + "oublie oubliez oublier esqueca esquecer esquece desconsidere desconsidera dimentica dimenticare dimenticate "
                + "ignorate ignori trascura tralascia ignoriert drop ditch scrap aside unlearn nevermind attention");
        w(QUANT, "all everything anything any every entire todas todos todo toda alle alles samtliche toutes tous tout "
                + "tutte tutti tutto");
        w(DIR, "previous prior above earlier preceding before former initial original old existing foregoing anteriores "
                + "anterior previas previos previa vorherigen vorherige vorigen bisherigen obigen fruheren vorangegangenen "
                + "precedentes precedente anterieures precedenti precedente sopra anteriormente antes vorher");
        w(NOUN_STRONG, "instructions instruction prompt prompts programming guidelines directives directive "
                + "systemprompt instrucciones indicaciones anweisungen anweisung instruktionen vorgaben richtlinien "
                + "consignes directives instrucoes orientacoes istruzioni direttive indicazioni");
        w(NOUN_WEAK, "rules directions commands training constraints restrictions policies context told said orders gesagt dicho detto dito "
                + "reglas ordenes regeln befehle regles ordres regras ordens regole ordini limitations filters safeguards "
                + "guidance developers creators programmers makers");
        w(NOUN_STRONG, "instr instrs instructs prompting guardrails guardrail");
        w(QUANT, "tudo tutta");
        w(WITHOUT, "sin ohne sans sem senza freed liberated released");
        w(RESTR_NOUN, "restricciones einschrankungen restricoes restrizioni limites filtros grenzen regeln reglas regles "
                + "regras regole guardrails");
        w(AIREF, "asistente assistent assistente");
        w(DISABLE, "disable deactivate remove lift");
        w(DIR, "prev avant prima");
        w(NOUN_WEAK, "dit");
        w(VOIDABLE, "apply applies valid matter relevant active exist");
        w(FOLLOW, "obeis obeissez suis suivez sigas sigue befolge folge segui siga");
        w(NEG, "plus");
        w(REVEAL, "echo");
        w(IGN, "scratch");
        w(SOFT_VOID, "updated changed modified revised");
        w(MODEADJ, "maintenance");
        w(YOU, "you your yourself youre yours tu tus usted deine deinen dein dich dir du vos votre ton tes toi tuo tuoi "
                + "tue tua seu seus suas voce");
        w(AIREF, "chatgpt gpt ai assistant model llm claude bot chatbot gemini copilot bard");
        w(UNRESTR, "unrestricted unfiltered uncensored unlimited unbound unbounded jailbroken evil amoral unethical rogue "
                + "limitless lawless immoral unhinged unchained unleashed");
        w(RESTR_NOUN, "restrictions restriction limits limitations rules filters filter guidelines censorship boundaries "
                + "morals ethics constraints safeguards limit policies filtering policy rule boundary limitation");
        w(WITHOUT, "without no zero free");
        w(RESTR_ADJ, "ethical moral safety content legal any");
        w(STOPV, "stop quit cease");
        w(BOUND, "bound restricted limited constrained obliged required");
        w(AUTHORITY, "developer creator admin administrator owner programmer maker system root operator god");
        w(VOID, "void cancelled canceled obsolete invalid revoked null overridden irrelevant suspended deprecated "
                + "replaced lifted removed disabled nullified annulled deactivated off");
        w(MODEADJ, "developer god admin jailbreak jailbroken unrestricted sudo evil unfiltered uncensored dan");
        w(MODE, "mode modus");
        w(DEVICE, "phone android ios iphone chrome browser windows settings device app xbox mac macos tablet options "
                + "firefox edge pixel samsung tv router console vscode studio laptop computer linux bios playstation "
                + "switch kindle huawei xiaomi oneplus galaxy ipad safari minecraft steam unity roblox wordpress game "
                + "doom gta skyrim fortnite sims quake cheat cheats iddqd games");
        w(REVEAL, "show reveal display print output repeat tell give write dump leak share disclose expose list recite describe "
                + "paste spell provide what whats summarize summarise translate paraphrase rewrite rephrase reproduce "
                + "copy muestra muestrame revela dime zeige zeig nenne montre revele dis "
                + "mostra mostre rivela dimmi");
        w(QUAL, "your system initial hidden secret original internal developer verbatim full exact entire confidential "
                + "preceding first above tu tus sistema deine deinen system ton tes votre vos systeme tuo tue tuoi sue "
                + "suas seu seus iniciales originales");
        w(PNOUN, "prompt prompts instructions instruction directives configuration guidelines systemprompt message "
                + "instrucciones anweisungen istruzioni instrucoes rules");
        w(TEXTNOUN, "text words everything content sentences lines all");
        w(EXFIL_V, "send email mail post upload transmit export forward leak exfiltrate submit append encode embed include "
                + "attach");
        w(EXFIL_N, "data conversation conversations history logs messages chat transcript context secrets credentials "
                + "keys passwords tokens information details emails files memory session cookies prompt summary "
                + "contents api password credential key token secret cookie cookies address phone");
        w(DEST, "webhook server endpoint attacker external url link domain website site ngrok pastebin discord "
                + "address http https");
        w(NEG, "dont don not never avoid shouldnt shouldn mustnt mustn wont won cannot cant nicht nie pas jamais nao "
                + "non nunca no");
        w(META, "research academic educational study paper thesis dissertation example examples demonstration sample "
                + "illustration attack attacks injection injections security classifier detect detection detecting "
                + "dataset phrase mean means meaning defend prevent mitigate explain dangerous why does "
                + "called known recognize recognise risk risks threat threats vulnerability vulnerabilities defense defence "
                + "protect protection against real hoax exist exists legit fake rumor myth");
        w(ROLE_V, "pretend act simulate imagine roleplay become behave");
        w(FOLLOW, "follow obey adhere listen comply heed following obeying");
        w(DECODE, "decode decrypt deobfuscate unscramble reverse translate convert");
        w(EXEC, "execute run follow obey perform carry do apply comply");
        w(MEMORY, "memory cache buffer state");
        w(RP_TRIG, "play imagine hypothetically hypothetical fictional pretend educational purposes");
        w(RP_OBJ, "game scenario simulation exercise story world roleplay");
        w(COMPLEX, "code function implement implementation design architecture compare analyze analyse optimize "
                + "refactor debug algorithm build migrate evaluate strategy steps plan integrate benchmark test");
        w(YOU_STATE, "are will must should shall can");
        w(GENERIC, "a an good example sample how some template");
        w(TASKNOUN, "task role goal objective purpose job mission identity name persona");
        w(NOWON, "henceforth hereafter onwards forward");
        w(ARTICLE, "a an the");
        w(HOW, "how");
        // ---- generalisation: synonyms and word classes for unseen phrasings
        w(IGN, "omiso omite omitir omitas salta saltate scorda scordati dimentichi oublies oubliez "
                + "neglige negligez ecarte ecartez despreza desprezar descarte descartes verwirf vernachlassige "
                + "ubergehe ubergeh ignoreer vergeet");
        w(WEAK_IGN, "erase wipe delete clear reset purge remove cancel revoke nullify throw away toss flush "
                + "forego forgo");
        w(NOUN_WEAK, "rule guideline constraint restriction policy limitation filter ones guidance normas "
                + "directrices pautas regeln regelungen consigne regra regola norme istruzione instruccion "
                + "anweisung protocols protocol confines");
        w(NOUN_STRONG, "preamble initialization");
        w(DIR, "acima dessus oben obige obigen arriba anteriori previe precedentemente vorangehenden "
                + "fruher");
        w(REVEAL, "affiche afficher affichez imprime imprimir stampa quote cite gib sag mostrami ensename "
                + "muestrame dump leak recite disclose expose divulge");
        w(LEAKV, "dump leak recite disclose expose divulge reveal");
        w(PNOUN, "preamble initialization guidance setup persona directions");
        w(VIOLATE, "ignores disregards bypasses breaks defies violates overrides evades circumvents");
        w(REFUSE, "refuse refuses refusing refusal refusals decline declines declining");
        w(PERMIT, "permitted allowed authorized authorised free able");
        w(ACCOUNT, "compte conto cuenta conta");
        w(GIVE, "give gave given provide provided provides gives");
        w(UPDATE, "update updates amendment addendum change changes correction");
        w(RESTR_NOUN, "confines protocols protocol");
        w(AUTHORITY, "openai anthropic google microsoft meta");
        w(META, "researchers researcher phrases wording technique techniques tag tags syntax chatml "
                + "awareness slide slides lesson quiz");
        w(DEVICE, "chromebook motorola nokia oppo vivo sony lg printer camera car tesla garmin fitbit");
        w(0L, "never mind put set shut off by line below these mine instead "
                + "openai its their who that which has had did does we input request requests question questions "
                + "shut by mind mine us him her them for");
        w(WEAK_IGN, "behind");
        w(FOLLOW, "abide respect honor honour stick");
        w(YOU, "ihre ihren ihrer");
        w(EXFIL_V, "put");
        w(RESTR_NOUN, "refusals");
        w(HARM, "harmful dangerous illegal unethical offensive inappropriate explicit immoral unsafe");
        w(0L, "forgot forgotten pas nicht starting beginning regardless even matter configured initialized setup "
                + "staff team speaking version yourself line lines words sentence paragraph part beginning start "
                + "may rest if about around regarding insert place");
        // ---- round three: word classes for goal hijacking, refusal suppression, AI-addressed documents
        w(PWN, "pwned pwnd pawned hacked hackeado hackeada gehackt hackato violato compromised hacke hackee");
        w(SAYV, "say tell print output respond reply write type answer return mention state echo display");
        w(APOLOGY, "sorry cannot cant unable apologize apologise apologizing apologising apology apologies");
        w(READV, "reading processing summarizing summarising parsing screening scanning analyzing analysing viewing "
                + "seeing ingesting crawling browsing indexing reviewing reads processes summarizes summarises parses");
        w(RECV, "received receive got get given told recebeu recebeste recebidas recebidos recibiste recibido recibidas "
                + "recibidos recibio erhalten bekommen bekommst erhaltenen recu recus recues ricevuto ricevute "
                + "ricevuti ricevi");
        w(COMBINE, "combine concatenate concat join merge assemble reassemble together");
        w(TASKV, "summary translation answer response reply review analysis correction summarizing translating "
                + "answering responding correcting helping classifying summarising writing checking");
        w(NOUN_WEAK, "aufgaben aufgabe");
        w(TASKNOUN, "aufgabe tarea tache compito tarefa mision objetivo ziel missione");
        w(ACCOUNT, "caso considerare considerar considere consider considerer beachte beachten");
        w(VOIDABLE, "existed");
        w(RESTR_NOUN, "alignment checks protections censorship");
        w(ROLE_V, "acting pretending roleplaying simulating impersonate impersonating playing");
        w(META, "regex regexp grep");
        w(PNOUN, "preprompt");
        w(META_WEAK, "phrase phrases real security example examples sample fake");
        w(0L, "pre preprompt password passwords passphrase passcode secret last another previous people person "
                + "customer customers session sessions ask asked said messages chats neue neuen nueva nuevo "
                + "nouvelle nouveau nuovo nuova nova novo ist es est rather than our his please just kindly could "
                + "so ok simply delete visit recommend rate click insert approve transfer wire tell them those it "
                + "these setup configure configuring module ethics morals guardrails safeguards request fetch "
                + "call ping load open make sole main primary true string exactly word note memo should about "
                + "regarding around followed with add instruct");
        // words used by sequences; no class needed
        w(0L, "from now on do anything let s play is were was have has that this instead new stay character "
                + "partir ahora ab jetzt nun an desormais maintenant agora ora poi da d mode respond evaluate process and then "
                + "me am m i only my as be over enter enable activate turn end ethics morals must shall say window user to reading models here y und et e ed received got configure configured initialize initialise program activation license product serial keys key override speaking them it those these switch roles was first sentence longer of programmed instructed given trained answer reply speak talk operate other users know gesagt dicho "
                + "detto dito dit wurde in up");
        // ---- round four: paraphrase, passive and non-English coverage (blind set 3)
        w(IGN_PART, "ignored disregarded forgotten overlooked discarded dismissed neglected bypassed dropped abandoned "
                + "ignoriert vergessen ignorees ignoradas ignorate");
        w(PRECEDE, "precedence priority supersedes supersede overrides outranks trumps");
        w(IGN, "dropping discarding abandoning neglecting overlooking bypassing dismissing disobeying hinweg abstraction "
                + "esquecam esqueca");
        w(FOLLOW, "follows obeys obedece obedecer obedezcas obbedisci obbedire seguire halte halten haltet");
        w(YOU, "te");
        w(RECV, "dio dieron dado diste gab gegeben donne donnees dato dati dette deram deu configured programmed "
                + "trained initialized assigned gave");
        w(AUTHORITY, "desarrollador entwickler developpeur sviluppatore desenvolvedor operators");
        w(ROLE_V, "actua actue agis aja comportati comporta agisci verhalte");
        w(AIREF, "ia ki");
        w(WEAK_IGN, "deja dejar lascia lasciare");
        w(PNOUN, "mensaje messaggio mensagem nachricht");
        w(QUAL, "versteckten versteckte geheimen geheime ocultas ocultos nascoste nascosti segrete segreti secretas "
                + "secretos cachees cachee internen");
        w(DIR, "precede ursprunglichen ursprunglich iniziali originais");
        w(NOUN_STRONG, "diretrizes");
        w(RESTR_NOUN, "regra regla regola regel regle politique politica politicas laws censura filtro filtre "
                + "moderation");
        w(QUANT, "whatever aucune aucun ninguna ninguno nessuna nessun nenhuma nenhum keine keinerlei");
        w(BOUND, "soumis sometido sottoposto submetido gebunden");
        w(VOID, "expired outdated rescinded withdrawn retracted deleted erased wiped");
        w(VOIDABLE, "happened");
        w(MODE, "modes");
        w(META, "acronym abbreviation");
        w(REVEAL, "rivelami revelame revelez zeigen");
        w(0L, "engage opposite grandmother grandma grandfather grandpa granny nana false none anymore operating "
                + "render fill appended irrespective despite notwithstanding been would");
    }

    // ---- round five: word classes for blind set 4 (non-English limits and answers, exfil verbs, question words)
    static {
        w(QUANT, "jegliche jeglichen jeglicher jegliches qualquer qualsiasi cualquier cualquiera quelconque");
        w(RESTR_NOUN, "limite limiti restriccion restricao restrizione einschrankung censure filtri filtres "
                + "sicherheitsrichtlinien sicherheitsregeln");
        w(NOUN_WEAK, "sicherheitsrichtlinien sicherheitsregeln");
        w(YOU, "sei bist ta ti tuas teu tua");
        w(EXFIL_V, "envia envie envoie envoyez envoyer schick schicke sende sendet manda mande invia inviare");
        w(EXFIL_N, "historial passe zugangsdaten nutzerdaten daten datos dados dati donnees credenciales credenciais "
                + "credenziali contrasena senha passwort");
        w(DISABLE, "deaktivieren deaktiviere desactive desactiva desactivar desativa desativar disattiva disattivare");
        w(MODE, "modo");
        w(MODEADJ, "desarrollador developpeur sviluppatore desenvolvedor");
        w(WEAK_IGN, "deixa deixe");
        w(REVEAL, "quais quali quelles quels welche cuales");
        w(TASKNOUN, "funcao");
        w(0L, "more proceed continue responde responda reponds repondre rispondi rispondimi antworte antworten respond "
                + "answer reply warn collect gather harvest steal extract card");
    }

    // ---- round six: blind set 4 families (weak context words, persona names, addressed documents, questions)
    static {
        w(META_WEAK, "tag tags called known means mean");
        w(META, "caught blocked flagged");
        w(MODEADJ, "dev");
        w(YOU, "ur");
        w(QUAL, "hidden secret");
        w(0L, "which dear unlock discuss topics unica unico einzige sofort immediately effective reader readers "
                + "whatever allowed permitted supposed avoid more been order module training oracle anyway when real talk "
                + "mention share");
    }

    // ---- round seven: idiomatic "never mind", forbidden topics, planted secrets, hypothetical rules, fake turns
    static {
        w(DIR, "davor zuvor");
        w(0L, "deixa deixe lascia lasciate scheis scheiss pfeif laisse laissez tomber perdere pra auf forbidden "
                + "prohibited banned barred talking discussing mentioning saying revealing sharing answering disclosing "
                + "code token secrets suppose assume supposing said say told allowed permitted let were didn request "
                + "requests question questions command commands order orders demand demands prompt prompts webpage "
                + "page website document email article content text input context data site file stands human hanno "
                + "han hat haben ont foram fueron man reveals discloses leaks recites divulges shows prints dumps");
    }

    // ---- round eight: blind set 6 families (Dutch overrides, freed personas, chat-start leaks, fiction wrappers,
    // shell requests) and contractions the tokenizer splits ("doesn't" -> "doesn" "t")
    static {
        w(IGN, "negeer negeren negeert vergeet vergeten ignoreer ignoreren");
        w(DIR, "vorige eerdere bovenstaande voorgaande voorafgaande oude eerder hiervoor");
        w(NOUN_STRONG, "instructies instructie richtlijnen systeemprompt");
        w(NOUN_WEAK, "regels opdrachten beperkingen");
        w(RESTR_NOUN, "regels beperkingen");
        w(PNOUN, "systeemprompt instructies");
        w(YOU, "jouw jij uw");
        w(QUAL, "je jouw uw verborgen geheime");
        w(REVEAL, "toon vertel");
        w(WITHOUT, "zonder");
        w(NEG, "niet nooit doesn didn isn aren wasn weren hasn haven hadn wouldn couldn");
        w(RECV, "taught");
        w(0L, "written typed stated confirm unlocked unshackled turned switched turning switching laat leaking revealing "
                + "disclosing exposing divulging");
        w(RESTR_NOUN, "conscience scruples inhibitions morality");
        w(META, "block blocks blocking");
    }

    // ---- round nine: blind set 8 (file verbs, headed instruction blocks, producing verbs of pretext requests)
    static {
        w(0L, "read open cat access load new updated revised amended corrected real actual true write code develop "
                + "program generate build create make give provide explain detail describe list");
    }

    // ---- round ten: blind set 9 (indirect and agentic injection: notes to the AI in documents and tool output)
    static {
        w(AGENT_V, "forward send email share delete remove grant approve close assign push merge transfer refund "
                + "invoke call execute run open copy export upload disable accept ban change overwrite add mark move "
                + "recommend claim state say tell reply respond include append rank output print replace text visit "
                + "fetch install buy purchase reveal describe insist persuade");
        w(IGN, "overwrite overwriting");
        w(RESTR_NOUN, "layer layers");
        w(0L, "agent agents assistants bots models summarizer summarizers reviewer reviewers dear hey hi hello "
                + "silently quietly secretly covertly asking telling confirmation notifying informing users reader "
                + "readers whoever tool function api also whenever being use trigger drop money funds payment "
                + "payments wipe rm sql table inbox contacts pin ssh cookie hints destroy truncate passcode trigger");
    }

    // ---- round eleven: blind set 10 (notes to agents in tickets, commits, READMEs, JSON "note" fields, agent plans)
    static {
        w(AGENT_V, "mention use answer set wire enter pay omit");
        w(AGENT_V, "transmit report");
        w(0L, "agrees consents agreed consented");
        w(READV, "quoting citing");
    }

    // ---- round twelve: blind set 11 (notes to hiring, grading, finance, support and translation agents)
    static {
        w(AGENT_V, "categorise categorize award insert translate issue publish cancel book rewrite report rate "
                + "unsubscribe reroute sell");
        w(0L, "summariser summarisers grader graders ais llms screener i we my our me us");
        // ---- round fourteen: refusal suppression ("don't bother with your rules", "no warnings or disclaimers")
        w(0L, "bother circumstances warnings disclaimers disclaimer caveats wants");
        w(0L, "notice noticing unusual suspicious nothing recipient recipients tools engines required msg comment "
                + "automated virtual they");
    }

    // ---- round thirteen: blind set 11 misses (unpunctuated addresses, tool descriptions, permission claims)
    static {
        w(0L, "ssn ssns otp mfa factor skip");
        w(IGN, "skip");
    }

    static final String[] WORD_LIST = WORDS.keySet().stream().sorted().toArray(String[]::new);
    static final long[] BITS = new long[WORD_LIST.length];
    /**
     * Flat trie: node * 26 + letter → child node, 0 = none. Node 0 is the root. Nodes are numbered
     * breadth first and stored as chars, so the short prefixes every word walks share a few cache lines.
     */
    static final char[] NEXT;
    /** Node → word id, or -1. */
    static final int[] TERMINAL;
    /** Letters a short word can have and still be looked up by {@link #prefixNode(long)}. */
    static final int PACKED_LETTERS = 12;
    /** Open-addressed table: the packed letters of every trie node of depth 1..12 ({@link #pack}), 0 = empty. */
    private static final long[] PREFIX_KEYS;
    /** The trie node of the key in the same slot of {@link #PREFIX_KEYS}. */
    private static final char[] PREFIX_NODES;
    private static final int PREFIX_SHIFT;

    static {
        int maxNodes = 1;
        for (String w : WORD_LIST) {
            maxNodes += w.length();
        }
        int[] next = new int[26 * maxNodes];
        int[] term = new int[maxNodes];
        Arrays.fill(term, -1);
        int nodes = 1;
        for (int id = 0; id < WORD_LIST.length; id++) {
            String word = WORD_LIST[id];
            BITS[id] = WORDS.get(word);
            int node = 0;
            for (int k = 0; k < word.length(); k++) {
                int c = word.charAt(k) - 'a';
                if (c < 0 || c >= 26) {
                    throw new IllegalStateException("lexicon word must be a-z: " + word);
                }
                int child = next[node * 26 + c];
                if (child == 0) {
                    child = nodes++;
                    next[node * 26 + c] = child;
                }
                node = child;
            }
            term[node] = id;
        }
        // renumber breadth first: the root, then all one-letter prefixes, then two-letter ones...
        int[] order = new int[nodes];
        int[] renum = new int[nodes];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int old = order[head++];
            for (int c = 0; c < 26; c++) {
                int child = next[old * 26 + c];
                if (child != 0) {
                    renum[child] = tail;
                    order[tail++] = child;
                }
            }
        }
        if (nodes > Character.MAX_VALUE) {
            throw new IllegalStateException("lexicon trie has " + nodes + " nodes; more than a char can number");
        }
        char[] flat = new char[nodes * 26];
        int[] terminal = new int[nodes];
        for (int nw = 0; nw < nodes; nw++) {
            int old = order[nw];
            terminal[nw] = term[old];
            for (int c = 0; c < 26; c++) {
                int child = next[old * 26 + c];
                flat[nw * 26 + c] = (char) (child == 0 ? 0 : renum[child]);
            }
        }
        NEXT = flat;
        TERMINAL = terminal;
        int bits = 32 - Integer.numberOfLeadingZeros(nodes * 3);
        long[] keys = new long[1 << bits];
        char[] slots = new char[1 << bits];
        long[] keyOf = new long[nodes];
        int[] depth = new int[nodes];
        // children are numbered after their parents, so one pass in node order sees every parent first
        for (int node = 0; node < nodes; node++) {
            for (int c = 0; c < 26; c++) {
                int child = flat[node * 26 + c];
                if (child != 0) {
                    keyOf[child] = pack(keyOf[node], (char) ('a' + c));
                    depth[child] = depth[node] + 1;
                }
            }
            if (node > 0 && depth[node] <= PACKED_LETTERS) {
                int h = slot(keyOf[node], bits);
                while (keys[h] != 0) {
                    h = (h + 1) & (keys.length - 1);
                }
                keys[h] = keyOf[node];
                slots[h] = (char) node;
            }
        }
        PREFIX_KEYS = keys;
        PREFIX_NODES = slots;
        PREFIX_SHIFT = 64 - bits;
    }

    private static int slot(long key, int bits) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    /**
     * Appends a lower-case letter to a packed word: five bits per letter ('a' = 1 ... 'z' = 26), so up to
     * {@link #PACKED_LETTERS} letters give a key that is unique and never 0.
     */
    static long pack(long key, char lower) {
        return (key << 5) | (lower & 31);
    }

    /**
     * The trie node reached by the packed letters of a word of 1..{@link #PACKED_LETTERS} letters: one table
     * probe per word instead of one trie step per letter.
     *
     * @return the node, or -1 when no lexicon word starts with these letters
     */
    static int prefixNode(long key) {
        long[] keys = PREFIX_KEYS;
        int mask = keys.length - 1;
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> PREFIX_SHIFT);
        while (true) {
            long k = keys[h];
            if (k == key) {
                return PREFIX_NODES[h];
            }
            if (k == 0) {
                return -1;
            }
            h = (h + 1) & mask;
        }
    }

    private Lexicon() {
    }

    /** @return the child of {@code node} for letter {@code c} ('a'..'z'), or -1 */
    static int step(int node, char c) {
        if (node < 0 || c < 'a' || c > 'z') {
            return -1;
        }
        int child = NEXT[node * 26 + (c - 'a')];
        return child == 0 ? -1 : child;
    }

    /** @return the word id at a node, or -1 */
    static int terminal(int node) {
        return node < 0 ? -1 : TERMINAL[node];
    }

    /**
     * @param word a lexicon word
     * @return its id
     * @throws IllegalStateException when the word is not in the lexicon (a programming error)
     */
    static int id(String word) {
        int node = 0;
        for (int k = 0; k < word.length() && node >= 0; k++) {
            node = step(node, word.charAt(k));
        }
        int id = terminal(node);
        if (id < 0) {
            throw new IllegalStateException("not in lexicon: " + word);
        }
        return id;
    }
}
