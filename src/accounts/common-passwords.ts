/**
 * The most common passwords and the words they are built from, lowercased, from the public
 * breach-derived lists (SecLists' top lists, NCSC's "100,000 most common", the yearly "worst
 * passwords" lists), written from memory and curated by hand. Short entries are already
 * refused by length; they stay because password-rules.ts also compares a password with its
 * trailing digits and separators removed ("Monkey!2024monkey" is not, "Sunshine_2024" is).
 * A TS module rather than a text file, so the pure core reads no file.
 */
const LIST = `
password passw0rd p@ssword p@ssw0rd pa55word pa55w0rd passwort motdepasse contraseña senha
wachtwoord salasana haslo 123456 12345678 123456789 1234567890 12345 1234567 qwerty qwertyuiop
qwertyuiopasdfghjkl qwertyu qwerty12345 qwerty123456 qwertyqwerty asdfghjkl asdfgh asdfghjkl123
zxcvbnm zxcvbnm123 1qaz2wsx 1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e 1qazxsw2 zaq12wsx
zaq1zaq1 qazwsx qazwsxedc qazwsxedcrfv q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 qweasdzxc qweasd qwe123
qwer1234 asdf1234 asdfasdf azerty azertyuiop qwertz qwertzuiop 1qw23e 147258369 159357 159753
147852369 741852963 963852741 123qwe 123abc abc123 abcd1234 a1b2c3d4 a1b2c3 1a2b3c4d 000000 111111
121212 123123 123321 654321 666666 696969 777777 888888 987654321 9876543210 11111111 12341234
123123123 112233 11223344 123654 789456 789456123 456789 159357852 0987654321 1234qwer 12qwaszx
1234abcd iloveyou iloveyou2 iloveu iloveyoubaby iloveyousomuch iloveyouforever iloveme ilovemyself
ilovemymom ilovemymum ilovemydad ilovemykids ilovejesus ilovegod iloveyoumore loveyou lovely loveme
lovelove loveyouforever love123 mylove myloveisyou truelove letmein letmeinplease letmein123 welcome
welcome1 welcomeback welcometo welcomehome welcome123 changeme changemenow changethis changeit
newpassword mypassword yourpassword thepassword password1 password12 password123 password1234
passwordpassword secretpassword supersecret supersecretpassword topsecret secret secret123 mysecret
notmypassword nopassword forgotpassword forgotmypassword idontknow idontcare whatever whatever123
trustno1 trustnoone nobodyknows letmeinnow openup opensesame accessgranted accessdenied access
access14 default defaultpassword temppassword temporary guest administrator admin admin123
adminadmin rootroot root toor master masterkey masterpassword login login123 logmein user username
usuario test test123 testing testtest testing123 demo demo1234 example sample qwerty1 changeme123
monkey dragon baseball football soccer basketball hockey tennis golfer golf cricket rugby volleyball
softball wrestling swimming skateboard snowboard surfing fishing hunting cowboys yankees redsox
lakers steelers packers eagles patriots cowboy chelsea liverpool arsenal manchester manchesterunited
barcelona realmadrid juventus juventus1 chelseafc liverpoolfc arsenalfc manutd sunshine shadow
superman batman spiderman ironman captainamerica wonderwoman pokemon pikachu starwars startrek
darthvader skywalker jediknight harrypotter hogwarts gandalf frodo mordor lordoftherings naruto
sasuke goku dragonball onepiece minecraft fortnite roblox pubg halo callofduty zelda mario
supermario sonic tetris pacman nintendo playstation xbox xbox360 warcraft worldofwarcraft starcraft
diablo counterstrike leagueoflegends overwatch princess prince princesa angel angels angel123 baby
babygirl babyboy babydoll sweetheart sweetie sweetpea honey honeybee sugar cupcake cookie cookies
chocolate vanilla strawberry blueberry cherry banana apple orange lemon peaches butterfly
butterflies flower flowers rainbow unicorn unicorns kitten kitty hellokitty puppy doggie kitkat
bubbles sparkle glitter michael jennifer jessica ashley amanda joshua daniel matthew andrew
christopher anthony william david richard joseph thomas charles robert james john johnny jordan
jordan23 michaeljordan justin justinbieber taylor taylorswift nicole samantha elizabeth stephanie
melissa michelle christine victoria alexander alexandra benjamin jonathan nicholas brandon tyler
austin hunter dakota harley charlie buster tigger bailey maggie ginger pepper oliver sophie chloe
lucky max buddy rocky bandit shadow1 smokey molly daisy jasmine summer winter spring autumn october
november december january february qwertyuiop1 qwertyuiop123 1234567890qwerty 1234567890q
q1234567890 abcdefghijkl abcdefghijklmnop abcdefghij abc123456789 abcdef123456 abcabc123
aaaaaaaaaaaa 123456123456 123456654321 111222333444 112233445566 111111111111 000000000000
123456789abc 123456789a 1234567890a a123456789 qwerty123456789 passwordqwerty qwertypassword
password123456 password1234567 password12345678 123456password 12345678password computer internet
google facebook twitter instagram youtube linkedin microsoft windows iphone samsung android yahoo
hotmail gmail outlook amazon netflix spotify bitcoin blockchain ethereum crypto tinder snapchat
tiktok whatsapp telegram skype mozilla firefox chrome linux ubuntu debian hacker hacking hackerman
cyber matrix neo morpheus trinity freedom liberty america usa canada england london paris france
germany berlin italy spain mexico brazil australia sydney newyork california texas florida chicago
boston seattle miami vegas lasvegas hollywood jerusalem jesus jesuschrist jesusloves jesussaves
christ godisgood godisgreat godislove blessed blessing praisethelord hallelujah heaven paradise amen
faith hope grace mercy whatsup hello hello123 helloworld hellothere hithere goodbye goodmorning
goodnight thankyou please sorry okay yesyes nonono maybe forever always never together family
friends friendship happiness happy smile peace peaceandlove loveandpeace onelove oneworld
qwertyuiopasdfghjklzxcvbnm asdfghjklqwertyuiop zxcvbnmasdfghjkl poiuytrewq lkjhgfdsa mnbvcxz
0987654321poiuytrewq 1234567890qwertyuiop qazxswedcvfr qawsedrftgyh zaqxswcdevfr plmoknijbuhv
zxcvbnmlkjhgfdsa poiuytrewqasdfg correcthorsebatterystaple correcthorse batterystaple
horsebatterystaple thequickbrownfox thequickbrownfoxjumpsoverthelazydog quickbrownfox
jumpsoverthelazydog lazydog tobeornottobe mayintheforcebewithyou maytheforcebewithyou iamyourfather
winteriscoming youshallnotpass allyourbase itsasecret opensesame123 letmeinletmein ihateyou
ihatemylife fuckyou fuckoff fuckme fuckyou2 fuckthis fuckthat bullshit asshole motherfucker sexsex
sexy sexygirl hottie hotstuff lover loverboy playboy playgirl pussy dick cock penis bigdick boobs
tits porn pornstar naughty horny healthpress healthpressadmin health healthy healthcare medical
medicine doctor nurse hospital patient clinic clinical pharmacy pharmacist physician surgeon dentist
wellness fitness nutrition diet vitamin vaccine covid covid19 coronavirus pandemic stayhome staysafe
stayhomestaysafe summertime wintertime springtime christmas merrychristmas happynewyear newyear
halloween thanksgiving easter valentine valentines birthday happybirthday anniversary weekend
holiday vacation starlight moonlight sunlight sunrise sunset midnight twilight thunder lightning
storm hurricane tornado ocean island mountain river forest nature garden flower123 greenday blackcat
whitecat redrose bluesky blueeyes greeneyes brownie blackjack poker casino jackpot winner champion
victory success money money123 richman millionaire billionaire moneymaker cashmoney dollar killer
assassin ninja samurai warrior soldier sniper hunter1 predator terminator destroyer death deathnote
darkness darkside devil satan demon vampire zombie ghost monster beast dragon123 dragonfly phoenix
tiger lion eagle falcon wolf wolfpack panther jaguar cobra viper python mustang ferrari porsche
lamborghini mercedes bmw audi honda toyota nissan corvette camaro harleydavidson yamaha kawasaki
ducati music guitar piano drummer rockstar rocknroll metallica nirvana beatles queen eminem
linkinpark greenday1 slipknot acdc ledzeppelin pinkfloyd blink182 myspace friendster letmein1
welcome12 welcome2024 welcome2023 welcome2025 summer2024 summer2023 summer2025 winter2024 winter2023
spring2024 autumn2024 fall2024 january2024 password2024 password2023 password2025 password2022
password2020 iloveyou123 iloveyou1234 monkey123456 dragon123456 football123 baseball123 superman123
batman123456 sunshine123 princess123 shadow123456 master123456 qwerty12345678 michael123 charlie123
jordan123456 abc123abc123 pokemon123 starwars123 computer123 internet123 letmein12345 trustno1234
whatever1234 hello12345678 welcome12345 admin1234567 administrator1 rootpassword adminpassword
systemadmin sysadmin webmaster postmaster hostmaster manager supervisor operator asdfasdfasdf
qwerqwerqwer zxcvzxcvzxcv asdasdasdasd qweqweqweqwe abcabcabcabc 123qweasdzxc 1qaz2wsx3edc4rfv
zaq12wsxcde3 !qaz2wsx 1qaz@wsx qwerty!@#$ !@#$%^&*() !@#$%^ 1234!@#$ qwer!@#$ password!@#
p@ssw0rd123 p@$$w0rd passw0rd123 pa$$word iamthebest iamgreat iamawesome imthebest thebest
bestfriend bestfriends bff myfamily mychildren mykids mywife myhusband mydog mycat mybaby myself
mylife myname myhouse mycar mycomputer mybook chocolate1 cheese pizza burger hamburger hotdog pasta
spaghetti sushi coffee tea beer whiskey vodka tequila wine champagne goodluck goodgirl goodboy
badboy badgirl bigboy biggirl littleboy littlegirl cutie cutiepie prettygirl pretty beautiful
gorgeous handsome
`;

export const COMMON_PASSWORDS: readonly string[] = LIST.split(/\s+/).filter((word) => word !== '');
